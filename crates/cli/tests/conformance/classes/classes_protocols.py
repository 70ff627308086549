# Class protocols users write: __init_subclass__, __set_name__, __class_getitem__, class/static
# methods, properties with setters/deleters, __slots__ inheritance, metaclass __call__/__prepare__.
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append(cls.__name__)
class A(Registry, tag="a"):
    pass
class B(A):
    pass
print(Registry.subclasses, A.tag, B.tag, Registry.__subclasses__(), A.__subclasses__())

class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class Model:
    price = Field()
    qty = Field()
m = Model()
m.price = 5
print(m.price, m.qty, Model.price.owner, Model.price.name, type(Model.__dict__["qty"]).__name__)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
t = Temp()
t.c = 25
print(t.c, Temp.c.__doc__, type(Temp.c).__name__, Temp.c.fget.__name__)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
del t.c
print(t.c)
ro = property(lambda self: 1)
class R:
    x = ro
try:
    R().x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del R().x
except AttributeError as e:
    print("AttributeError:", e)

class Counter:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def helper(x):
        return x * 3
class Sub(Counter):
    pass
Sub.make(); Sub.make(); Counter.make()
print(Counter.count, Sub.count, Sub.helper(2), Sub().helper(3), type(Counter.__dict__["make"]).__name__)
print(Counter.make.__self__ is Counter, Sub.make.__func__ is Counter.make.__func__)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta, flag=True):
    def __init__(self, v):
        self.v = v
w = WithMeta(7)
print(w.v, WithMeta.injected, WithMeta.made_by, type(WithMeta).__name__, isinstance(WithMeta, Meta))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
class MoreSlots(Slotted):
    __slots__ = ("c",)
s = MoreSlots()
s.b = 2; s.c = 3
print(s.a, s.b, s.c, hasattr(s, "__dict__"), sorted(MoreSlots.__slots__), repr(Slotted.a)[:18])
try:
    s.d = 4
except AttributeError as e:
    print("AttributeError:", e)
for bad in [(1,), ("ok", "ok2", 3)]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Private().reveal(), "_Private__secret" in dir(Private))
