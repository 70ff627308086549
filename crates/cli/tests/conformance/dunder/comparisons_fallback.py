# Rich comparisons: reflected fallbacks, NotImplemented, subclass priority, __eq__ without __hash__, identity shortcuts in containers
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __eq__(self, o):
        print(f"V.__eq__({self.v}, {o!r})")
        return self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        print(f"V.__lt__({self.v}, {o!r})")
        return self.v < o.v if isinstance(o, V) else NotImplemented
class W(V):
    def __eq__(self, o):
        print(f"W.__eq__({self.v}, {o!r})")
        return NotImplemented
    def __gt__(self, o):
        print(f"W.__gt__({self.v}, {o!r})")
        return True
print(V(1) == V(1), V(1) != V(2))
print(V(1) == W(1))
print(V(1) < W(2))
print(V(1) == 1, 1 == V(1), V(1) != "x")
print(V(1) < V(2), V(2) > V(1))
try:
    V(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(V(1))
except TypeError as e:
    print(type(e).__name__, e)
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
a = Always()
print(a == 1, 1 == a, a != 1, [1, 2].count(a), a in [5], [5].index(a), {a: 1}.get(a))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
class Ident:
    def __eq__(self, o):
        print("Ident.__eq__ called")
        return False
i = Ident()
print(i in [i], [i] == [i], i == i, [i].index(i))
class Num:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, Num) and self.n == o.n
    def __hash__(self):
        return hash(self.n)
print(len({Num(1), Num(1), Num(2)}), Num(1) in {Num(1)}, {Num(3): "x"}[Num(3)])
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v))
print(max([V(3), V(1)]) if False else "skip max", min([3, 1, 2]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) >= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented.__class__.__name__, bool(1) is True, (1 == 1) is True)
print(object() != object(), object.__eq__(1, 1), (1).__eq__("1"), "a".__lt__(1))
