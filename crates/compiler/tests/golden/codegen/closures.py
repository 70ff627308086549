def outer(a, b=2):
    x = a + b

    def inner(c):
        nonlocal x
        x += c
        return a, x

    return inner


class K:
    def method(self):
        return __class__, super().method()


def counter():
    n = 0
    return lambda: n + 1
