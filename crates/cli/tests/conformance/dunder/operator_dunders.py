# Operator dunders: arithmetic with reflected and in-place forms, NotImplemented chains,
# __eq__/__hash__ interplay, __bool__/__len__ truthiness, __contains__, __call__, context managers.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __iadd__(self, o):
        print("iadd")
        return self + o
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.c
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
v = V(1, 2)
print(v + V(3, 4), v + 1, 1 + v, 3 * v, v * 2, -v, abs(V(3, 4)), v @ V(5, 6))
w = v
w += V(1, 1)
print(w, v, w is v)
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), len({V(1, 2), V(1, 2), V(2, 1)}), 2 in v, 9 in v, list(v), v[-1])
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
try:
    v - v
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq.__hash__, OnlyEq() == 5, 5 == OnlyEq(), OnlyEq() != 5)
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Empty()), not Empty(), "yes" if Falsy() else "no", bool(object()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add3 = Adder(3)
print(add3(1), add3(1, times=2), callable(add3), callable(Adder), callable(3))
class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.swallow
with CM(True) as c:
    raise KeyError("k")
print("after swallow", isinstance(c, CM))
try:
    with CM(False):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
print((1).__add__(2), (1).__add__(1.5), (1.5).__radd__(1), "ab".__mul__(2), [1].__add__([2]), (2).__pow__(10), int.__neg__(5))
print((3).__lt__(4), (3).__lt__(4.5), (3.5).__lt__(4), "a".__eq__(1), {1}.__or__({2}), (1).__bool__(), (2.5).__int__())
class N(int):
    def __add__(self, o):
        return N(super().__add__(o) * 10)
print(N(2) + 3, 3 + N(2), type(N(2) + 3).__name__)
