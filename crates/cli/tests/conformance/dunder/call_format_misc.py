# __call__, __format__, __repr__/__str__ fallbacks, __bool__/__len__ truthiness, __index__, __enter__/__exit__
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        return x * self.k * (2 if twice else 1)
m = Multiplier(3)
print(m(4), m(4, twice=True), callable(m), callable(Multiplier), callable(4))
print(list(map(m, [1, 2, 3])))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec)
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
mo = Money(123456)
print(f"{mo}", f"{mo:short}", f"{mo:,.2f}", f"{mo!r}", f"{mo!s:>12}", format(mo), "{0:>10.1f}".format(mo))
print(str(mo), repr(mo), [mo], (mo,), {"k": mo})

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyRepr()), f"{OnlyRepr()}", OnlyStr(), "%s|%r" % (OnlyRepr(), OnlyRepr()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at"))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(Truth(True)), bool(Truth(False)), bool(Sized(0)), bool(Sized(2)), not Sized(0))
print("yes" if Sized(3) else "no", [x for x in [Sized(0), Sized(1), Truth(True)] if x].__len__())
try:
    bool(Truth(1))
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], "abcdef"[Idx():], range(10)[Idx()], bin(Idx()), (5).__pow__(Idx()), [0] * Idx())
print(int(Idx()) if hasattr(int, "__index__") else None, operator_index := __import__("operator").index(Idx()))

class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as A, Ctx("b") as B:
    print("body", A, B)
with Ctx("outer", swallow=True):
    with Ctx("inner"):
        raise ValueError("boom")
print("after")
try:
    with Ctx("c"):
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    with Ctx("in-gen"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
