# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__ and proxies
class Record:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        print("__getattr__", name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        self._data[name] = value
    def __delattr__(self, name):
        print("__delattr__", name)
        del self._data[name]
    def __dir__(self):
        return sorted(self._data)

r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, dir(r))
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "zzz", "default"), hasattr(r, "b"), hasattr(r, "q"))

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.x
l = Logged()
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError("nope")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
b = Both()
print(b.special, b.other, b.__class__.__name__)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(3))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)

class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 3
print(v.age, v.__dict__)
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
setattr(v, "name", "n")
delattr(v, "name")
print(vars(v))
try:
    delattr(v, "name")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(v, 5)
except TypeError as e:
    print(type(e).__name__, e)
class GetattrRaises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(GetattrRaises(), "x")
except KeyError as e:
    print(type(e).__name__, e)
print(getattr(GetattrRaises(), "__class__").__name__)
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".uper()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
class M:
    pass
M.x = 1
print(M.x, M().x)
del M.x
try:
    M.x
except AttributeError as e:
    print(type(e).__name__, e)
