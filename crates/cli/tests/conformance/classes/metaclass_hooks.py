# Metaclasses, __init_subclass__, __class_getitem__, __prepare__, class decorators, registries
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"

class Model(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x
class User(Model, tag="user"):
    field = 1
print(Registry.classes)
u = User(5)
print(u.x, User.tag, Model.tag, type(User).__name__)

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Alpha(Plugin, name="alpha!"): pass
class Beta(Plugin): pass
class Gamma(Beta): pass
print(Plugin.plugins, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[int, str] if False else "skip")
print(list[int], dict[str, list[int]], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 99}
    def __new__(mcls, name, bases, ns):
        ns["order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=OrderedMeta):
    b = 1
    a = 2
    def c(self): pass
print(O.order, O.injected)

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({self.__dict__})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))

Dyn = type("Dyn", (Point,), {"z": 3, "norm": lambda self: self.x + self.y})
d = Dyn(3, 4)
print(d, d.z, d.norm(), Dyn.__name__, Dyn.__bases__[0].__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config())

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
print(Model.__qualname__, User.__module__)
