# Function definitions, calls, closures, lambdas, comprehensions and annotations.


def defaults(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    return a + b + c + d + e


def annotated(x: int, y: 'str' = 'y') -> list[int]:
    return [x]


def closure(n):
    def add(m):
        return n + m
    return add


def calls(f, xs, kw):
    f()
    f(1, 2)
    f(*xs)
    f(**kw)
    f(*xs, **kw)
    f(1, key=2)
    f(1, *xs, key=3, **kw)
    xs.append(1)
    return f(a=1, b=2, c=3)


def comprehensions(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {x: x for x in xs}
    d = (x for x in xs)
    e = [y for x in xs for y in x]
    f = [(lambda: x)() for x in xs]
    g = [z := x for x in xs]
    return a, b, c, d, e, f, g, z


square = lambda v: v * v
keyed = lambda *a, k=1, **kw: (a, k, kw)


def unpacking(seq):
    a, b = seq
    a, *rest = seq
    *init, last = seq
    (x, y), z = seq
    a, b = b, a
    a, b, c = c, b, a
    return a, b, rest, init, last, x, y, z


def walrus(xs):
    if (n := len(xs)) > 10:
        return n
    return None


def fstrings(v, w):
    return f'{v}', f'{v!r:{w}}', f'{v=}', f'a{v}b{w}c'
