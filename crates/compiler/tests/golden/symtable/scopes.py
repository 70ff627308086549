# ---- module_basics
import os
x = 1
y: int
print(x, len)
del x
for i in range(3):
    pass
with open("f") as fh, open("g") as (a, b):
    pass
try:
    pass
except ValueError as err:
    pass
else:
    z = 2
finally:
    w = 3
# ---- nested_functions
def outer(a, b=1):
    c = a + b
    def inner():
        return c
    class Local:
        attr = c
        def method(self):
            return attr, c
    return inner, Local

async def coro():
    await something()
    lam = lambda q, *r, **s: q + t
# ---- decorated
import functools

@functools.wraps(len)
@staticmethod
def decorated(x):
    return x

@dataclass(frozen=True)
class Decorated(Base, metaclass=Meta, **extra):
    field: int = 0
    def __init__(self):
        pass
# ---- lambdas_and_defaults
f = lambda x, y=default_value, *, z=kw_default: (x, y, z, outer_name)
g = lambda: (lambda: inner_free)
def uses_lambda(n):
    return lambda k: n + k
# ---- statements_everywhere
def every(a):
    while a:
        a -= 1
        if a == 5:
            break
        elif a == 6:
            continue
        else:
            b = a
    else:
        c = 1
    assert a, msg
    raise Err from cause
    del d
    e += 1
    f.attr = 2
    g[0] = 3
    (h, *i), j = k
    [l, m] = n
# ---- strings_and_fstrings
name = "x"
spec = 10
s = f"{name!r:>{spec}} {other=} {'lit'}"
b = b"bytes" + rb"raw"
def fmt(v):
    return f"{v:{width}.{precision}}"
