# from __future__ import annotations: annotations stored as CPython 3.11 unparse text.
from __future__ import annotations
import typing

x: int = 1
y: list[int]
z: "forward"
w: u"uni" "code"
b: b"by" b"tes"
n: None = None
e: ...
nums: 1 + 2 * 3 - -4 ** -5 ** 6 // 7 % 8 @ 9
bits: a | b ^ c & d << e >> f
cmp: a < b <= c == d != e > f >= g is h is not i in j not in k
logic: not a and b or c and not (d or e)
cond: a if b else c if d else e
lam: lambda: 0
lam2: lambda x, y=1, *a, z, w=2, **k: x
lam3: lambda *a: a
lam4: lambda x, /, y: 0
lam5: lambda *, k: k
calls: f(a, *b, c=1, **d)
gen: f(x for x in y)
gen2: f((x for x in y), 1)
comps: [x for x in y if x if not x] + {x for x in y} | {k: v for k, v in d.items()}
dicts: {1: 2, **d, 'a': [1, (2,), ()]}
sets: {1, 2}
attr: a.b.c
intattr: 1 .real
sub: a[1:2, ::3, :] 
sub2: a[b][c:d]
sub3: typing.Tuple[int, ...]
starsub: a[*b]
star: tuple[*Ts]
fl: 1.5 + 1e100 + 1e400 + 1j + 1e400j + 0.1
big: 123456789012345678901234567890
hexes: 0xFF + 0o17 + 0b101 + 1_000
strs: 'it\'s' + "say \"hi\"" + '\n\t\\'
fs: f"a{b}c{d!r:>{w}}e{{}}" f"{x=}" f"{ {1: 2} }"
fs2: f"{(lambda: 1)}" + f"{a:{b}.{c}}" + f""
tup: (1, 2)
tup1: (1,)
neg: -x + +y + ~z
pw: (a ** b) ** c + a ** (b ** c) + (-a) ** b
un: (a + b) * c
cmp2: (a < b) < c
dbg: __debug__

def f(a: int, b: "str" = "x", *args: tuple[int, ...], c: C[a] = 1, **kw: dict) -> list[x]:
    v: int = 1
    return v

class K:
    attr: ClassVar[int] = 0
    other: Final
    __priv: int
    def m(self, __x: __Y) -> K:
        pass

async def g(x: A | B) -> Awaitable[None]:
    pass

lam_ann = lambda q: q
obj.attr: int = 3
obj[0]: int = 4
(paren): int = 5
a: f"{x:}" + f"{'q'}" + f'{"q"}' + f"{x!a}" + f"é{ü}\N{BULLET}"
b: "é\x00\u200b" + 'tab\there'
c: f"{x:{'>'}10}" + f"{{{y}}}" + f"{ {y} }" + f"{[1]}" + f"{(1, 2)}" + f"{x,}"
d: f"{a if b else c}" + f"{*x,}" + f"{yield_}" + F"{x}" + rf"\d{x}" + f"{x:%H:%M}"
e: [*a, *b] + {**a} + (*a, b) + f(*a)[1] + (a.b)(c) + (-1) .real + (1).imag + 1.0 .real
f: not not a
g: a[b:c:d] + a[::] + a[:, :] + a[()] + a[(1,)] + a[1,]
h: (a for b in c for d in e if f) + [x async for x in y]
i: 1e-5 + 1e16 + 1.0 + 0.0 + -0.0 + 2.5e-320 + 1_0.0_1 + 0j + 3.14j
j: b'\x00\xff' + b"'" + b'"' + b'\'"' + "'" + '"' + '\'"'
k: a == (b == c) + (a, b)[0] + {a: b for a, b in c} if False else 0
