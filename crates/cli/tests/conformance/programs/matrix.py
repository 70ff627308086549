# Whole program: a Matrix class with operators, determinant by Gaussian elimination, and exact fractions by hand.
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = self._gcd(abs(n), abs(d)) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum((self.rows[i][k] * other.rows[k][j] for k in range(m)), Frac(0)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def det(self):
        a = [list(r) for r in self.rows]
        n = len(a)
        result = Frac(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Frac(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                result = -result
            result = result * a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return result
    def __repr__(self):
        width = max(len(repr(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!r:>{width}}" for x in r) + "]" for r in self.rows)
A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [Frac(1, 2), 3]])
print(A @ B)
print(A.transpose() + A)
print("det A =", A.det(), " det singular =", Matrix([[1, 2], [2, 4]]).det(), " det 1/2 =", Matrix([[Frac(1, 2), 0], [0, 1]]).det())
print(Frac(6, -8), Frac(1, 3) + Frac(1, 6), Frac(2, 3) * 3, 1 + Frac(1, 2), Frac(3, 4) == Frac(6, 8), {Frac(1, 2), Frac(2, 4)})
try:
    B @ B
except ValueError as e:
    print("ValueError:", e)
