# In-place operators: __iadd__ etc., fallback to __add__ and then __radd__, mutating vs rebinding.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("__add__", other)
        return Acc(self.items + list(other))
    def __imul__(self, n):
        print("__imul__", n)
        return NotImplemented
    def __mul__(self, n):
        print("__mul__", n)
        return Acc(self.items * n)
    def __repr__(self):
        return f"Acc({self.items})"
a = Acc([1])
alias = a
a += [2]
print(a, alias, a is alias)
a = a + [3]
print(a is alias)
a *= 2
print(a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
class Right:
    def __radd__(self, other):
        return f"Right.__radd__({other})"
    def __rpow__(self, other):
        return f"Right.__rpow__({other})"
z = 10
z += Right()
print(z)
z = 2
z **= Right()
print(z)
class All:
    pass
names = ["isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ixor", "ior", "imatmul"]
for name in names:
    setattr(All, f"__{name}__", (lambda n: lambda self, o: f"{n}({o})")(name))
t = All(); t -= 1; print(t)
t = All(); t *= 2; print(t)
t = All(); t /= 3; print(t)
t = All(); t //= 4; print(t)
t = All(); t %= 5; print(t)
t = All(); t **= 6; print(t)
t = All(); t <<= 7; print(t)
t = All(); t >>= 8; print(t)
t = All(); t &= 9; print(t)
t = All(); t ^= 10; print(t)
t = All(); t |= 11; print(t)
t = All(); t @= 12; print(t)
try:
    w = object()
    w += 1
except TypeError as e:
    print("TypeError:", e)
