"""Functions, closures, defaults and keyword arguments."""
import math as m


def outer(a, b=2, *args, c, d=4, **kw):
    total = a + b

    def inner(x):
        nonlocal total
        total += x
        return total * m.pi

    return inner(c) + sum(args) + len(kw)


lam = lambda x, y=1: x ** y
print(outer(1, c=3), lam(2))
