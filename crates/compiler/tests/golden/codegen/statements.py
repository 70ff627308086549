"""doc"""
import os
import os.path as osp
from . import x as y
from a.b import (c, d as e)
from m import *
a, b = 1, 2
a, *b = c
x = [1, 2, 3]
s = {1, 2, 3}
d = {"a": 1, "b": 2}
d2 = {**d, "c": 3}
t = (1, (2, 3))
f"{x!r:>{10}} and {y}"
x[1:2] = a.b.c
del x[0], a.b
x += 1
a.b += 2
a[1] -= 3
if a and b or not c:
    pass
elif a < b < c:
    x = 1
else:
    x = 2
while x:
    x -= 1
    if x: break
    continue
else:
    y = 3
for i in range(10):
    print(i, sep="")
    os.getcwd()
    a.b.c(1, *x, **d)
def f(a, b=1, *args, c, d=2, **kw) -> int:
    """docstring"""
    global g
    g = a
    return a + b
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
class C(Base, metaclass=M):
    x: int = 1
    def m(self):
        return super().m()
lam = lambda q, *r: q + 1
comp = [i * 2 for i in range(3) if i]
gen = (j for j in x for k in j)
dc = {k: v for k, v in d.items()}
try:
    z = 1
except ValueError as exc:
    z = 2
except:
    z = 3
else:
    z = 4
finally:
    z = 5
with open(f) as fh, open(g):
    fh.read()
assert x, "msg"
raise ValueError from None
