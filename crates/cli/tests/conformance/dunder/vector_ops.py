# Operator overloading on a Vector: arithmetic, reflected, in-place, unary, comparisons, NotImplemented
import math
class Vector:
    def __init__(self, *comps):
        self.c = tuple(comps)
    def __repr__(self):
        return f"Vector{self.c}"
    def __len__(self):
        return len(self.c)
    def __iter__(self):
        return iter(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*(a + b for a, b in zip(self, other)))
        if isinstance(other, (int, float)):
            return Vector(*(a + other for a in self))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*(a * k for a in self))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __floordiv__(self, k):
        return Vector(*(a // k for a in self))
    def __mod__(self, k):
        return Vector(*(a % k for a in self))
    def __pow__(self, k, mod=None):
        return Vector(*(pow(a, k, mod) for a in self))
    def __matmul__(self, other):
        return self * other
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(*self.c)
    def __invert__(self):
        return Vector(*reversed(self.c))
    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __iadd__(self, other):
        print("iadd called")
        self.c = (self + other).c
        return self
    def __round__(self, n=0):
        return Vector(*(round(a, n) for a in self))
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"

v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, v @ w)
print(v + 1, 1 + v, 2.5 + v)
print(w / 2, w // 3, w % 3, w ** 2, pow(w, 2, 5))
print(-v, +v, abs(w), ~v, round(Vector(1.26, 2.5), 1))
print(v == Vector(1, 2), v != w, v == (1, 2), bool(Vector(0, 0)), bool(v))
print(len(v), list(v), v[0], v[-1], v[::-1], 2 in v)
print({v: "a", Vector(1, 2): "b"})
x = v
x += w
print(x, v, x is v)
x -= w
print(x, x is v)
x *= 2
print(x)
print(v & 1, 1 & v, v | 1, v ^ 1, v << 1, 1 >> v)
for bad in ["v - 1", "'s' * v", "v / 'a'", "1 - v", "v < w", "v >> 1", "v ** 'x'"]:
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    v * "s"
except TypeError as e:
    print(type(e).__name__, e)
print(sum([v, w], Vector(0, 0)), sum([v, w]))
