# A Fraction class with full numeric protocol, total ordering, hashing, formatting and conversions
from functools import total_ordering
import math

@total_ordering
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    @classmethod
    def _coerce(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __index__(self):
        if self.d != 1:
            raise TypeError("not integral")
        return self.n
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)

a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, -a, a + 1, 1 + a, 2 - a, 3 / b, 2 * b)
print(repr(Frac(6, -8)), str(Frac(4, 2)))
print(a < b, a <= b, a > b, a >= b, a == Frac(2, 4), a != b, a == 1, Frac(2) == 2)
print(sorted([Frac(5, 3), Frac(1, 7), Frac(-2, 3), Frac(1)]))
print(max(a, b), min(a, b, Frac(1, 3)))
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)), hash(Frac(4, 2)) == hash(2))
print([10, 20, 30][Frac(4, 2)], bin(Frac(5)), hex(Frac(255)))
print(f"{b:.3f}|{a:>8}|{a:<8}|{a:^9}|")
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [1, 2][Frac(1, 2)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + 1.5
except TypeError as e:
    print(type(e).__name__, e)
print({a: 1, Frac(1, 2): 2, Frac(2, 1): 3, 2: 4})
print(a.__eq__("s"), Frac.__lt__(a, "s"))
print(Frac.__le__ is not object.__le__, Frac.__gt__.__name__)
