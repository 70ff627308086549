import ast
src = '''
import os, sys as s
from . import x
from ..a.b import c as d
from m import *
@dec
@dec2(1)
def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> None:
    """doc"""
    x = [i for i in range(10) if i % 2]
    y = {k: v for k, v in d.items()}
    z = {1, 2}
    w = (a for a in b)
    return x + y * -z
class C(B, metaclass=M):
    x: int = 3
    async def g(self):
        await h()
        async for a in b: pass
        async with c as d, e: pass
if a: pass
elif b: pass
elif c: pass
else: pass
while x < 3 <= y: x += 1
else: pass
for i, j in k: break
else: continue
try:
    pass
except E as e:
    raise X from e
except: pass
else: pass
finally: pass
with open(f) as (a, b): pass
del a[1:2, ::3], b.c
global q
lambda: 0
lambda x, *y, **z: x if y else z
assert x, "msg"
print(f"a{x!r:>{w}} {y=}", "b" "c", u"u", b"by", 1j, 2.5, 10**100, 0xff, ..., None, True)
match p:
    case 1 | 2: pass
    case [a, *rest]: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=yy) if yy > 0: pass
    case str() as s: pass
    case None: pass
    case _: pass
(x := 5)
not a and b or c
f(*a, **k, x=1)
'''
t = ast.parse(src)
print(ast.dump(t, indent=2))
print(ast.dump(t, include_attributes=True))
