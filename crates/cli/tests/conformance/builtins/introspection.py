# Introspection and attribute hooks: __getattr__/__getattribute__/__setattr__/__delattr__,
# isinstance/issubclass with tuples, unions and __instancecheck__/__subclasscheck__, type() with
# three arguments, vars/dir/getattr defaults, __repr__/__str__/__format__, unions and aliases.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x, hasattr(p, "nope"), getattr(p, "nope", "dflt"))
del p.x
print(hasattr(t, "x"), p.log)
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
s = Strict()
s.secret_key = 1
print(s.secret_key, s.other, getattr(s, "secret_x", None))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (bool, int)
class EvenNum(metaclass=Even):
    pass
print(isinstance(4, EvenNum), isinstance(3, EvenNum), isinstance("4", EvenNum), issubclass(bool, EvenNum), issubclass(str, EvenNum))
print(isinstance(3, (str, (bytes, int))), isinstance(None, int | None), issubclass(bool, int | str), isinstance([], list | dict))
u = int | str | None
print(u, u.__args__, (int | str) == (str | int), list[int] | None, type(u).__name__)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
def describe(self):
    return f"{type(self).__name__}({self.v})"
Dyn = type("Dyn", (T,), {"v": 3, "describe": describe, "__repr__": describe})
d = Dyn()
print(d.describe(), repr(d), Dyn.__mro__, Dyn.__qualname__, Dyn.__module__, isinstance(d, T))
print(sorted(k for k in vars(Dyn) if not k.startswith("__")), vars(d), [n for n in dir(d) if not n.startswith("__")])
d.extra = 1
print(vars(d), getattr(d, "extra"), getattr(Dyn, "v"), getattr(d, "missing", None))
for args in [("X", (1,), {}), ("X", (), []), (1, (), {}), ("X", (int, str), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), [m], f"{m}", f"{m:c}", f"{m:>10}|", format(m, "<9") + "|", str([m]), "%s %r" % (m, m))
class NoStr:
    def __repr__(self):
        return "NoStr!"
print(str(NoStr()), f"{NoStr()!r:>8}", format(NoStr()))
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f.__defaults__, f(1))
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
