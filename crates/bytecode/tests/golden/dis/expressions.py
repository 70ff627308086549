# Operators, constants and displays: every BINARY_OP, COMPARE_OP, unary and constant form.
import math
from os import path as p, sep

a, b = 7, 3
r = (a + b, a & b, a // b, a << b, a * b, a % b, a | b, a ** b, a >> b, a - b, a / b, a ^ b)
m = [[1]] @ [[2]] if False else None
a += 1; a &= 3; a //= 2; a <<= 1; a *= 5; a %= 7; a |= 8; a **= 2; a >>= 1; a -= 4; a /= 2
b ^= 1
b @= 1 if False else 0
c = (a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in r, a not in r)
d = (-a, +a, not a, ~b)
e = 1 < a < 10
consts = (0, -1, 10**30, -(2**100), 1.5, 1e16, 1e-5, 0.1, -0.0, 1e300 * 10, 2j, 1 + 2j, -3j,
          'text', "it's", 'é\u200b\n\t\x00\U0001f600', b'bytes\xff\x00"\'', None, True, ...)
lst = [a, b, *r, *d]
st = {a, b, *r}
dct = {'a': a, **{'b': b}, 'c': 1}
ckm = {'x': 1, 'y': 2, 'z': 3}
tpl = (*lst, *st)
s = f"{a}{b!r}{c!s:>{a}}{d!a}{e:10}x"
sl = lst[1:2], lst[::2], lst[a:b:-1]
lst[0] = lst[1]
del lst[0], dct['a']
x = a if b else c
y = a and b or c
z = x.real
z2 = math.floor(a)
z3 = print(a, b, sep=',', end='\n')
z4 = print(*lst, **dct) if False else None
membership = a in {1, 2.5, 'a', b'b', (1, 2), None, frozenset()}
not_member = a not in {'one', 'two', 'three'}
scratch = 1
del scratch
