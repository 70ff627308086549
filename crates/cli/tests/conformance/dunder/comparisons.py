# Rich comparisons: reflection (a<b tries b>a), NotImplemented, __eq__ fallback to identity, __ne__ default.
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"N({self.v}).__lt__")
        if isinstance(other, N):
            return self.v < other.v
        return NotImplemented
    def __eq__(self, other):
        print(f"N({self.v}).__eq__")
        if isinstance(other, N):
            return self.v == other.v
        return NotImplemented
    __hash__ = None
print(N(1) < N(2))
print(N(3) > N(2))
print(N(1) == N(1), N(1) != N(2))
print(N(1) == 1)
print(5 > N(1) if False else "skip")
try:
    N(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    N(1) <= N(2)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p is p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class Sub(N):
    def __gt__(self, other):
        print("Sub.__gt__ (reflected first)")
        return True
print(N(1) < Sub(0))
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()] == [1], AlwaysEq() in [1, 2])
print(1 < 2 < N(3) if False else sorted([N(3), N(1), N(2)], key=lambda n: n.v)[0].v)
