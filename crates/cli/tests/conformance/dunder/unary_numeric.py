# Unary and numeric-conversion dunders: __neg__/__pos__/__abs__/__invert__, __int__/__float__/__index__/__round__.
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return abs(self.v)
    def __invert__(self):
        return "inverted"
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return f"round({n})"
    def __complex__(self):
        return complex(self.v, 1)
    def __trunc__(self):
        return "trunc"
n = Num(3)
print((-n).v, +n, abs(Num(-4)), ~n, int(n), float(n), complex(n), round(n), round(n, 2))
print(bin(n), hex(n), oct(n), [10, 20, 30, 40][n], "abcdef"[n:], range(n)[-1], (1).__lshift__(n))
class OnlyIndex:
    def __index__(self):
        return 2
print([10, 20][Num(1.5)], int(OnlyIndex()), [0, 1, 2][OnlyIndex()], OnlyIndex().__index__() * 3)
for bad in [lambda: -object(), lambda: abs("s"), lambda: ~1.5, lambda: int(object()), lambda: float([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
