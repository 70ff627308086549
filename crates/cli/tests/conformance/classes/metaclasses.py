# Metaclasses: __new__ and __init__ of a metaclass, __call__ interception, __prepare__, class keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["injected"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    a = 1
    def __init__(self, v):
        self.v = v
class Child(Base, flag=True):
    b = 2
obj = Child(42)
print(obj.v, obj.injected, type(Child).__name__, type(obj).__name__, isinstance(Child, Meta))
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.names = [k for k in ns if not k.startswith("__")]
        return cls
class Rec(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
print(Rec.names, Rec.from_prepare)
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*a)
        return cls.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
print(Config() is Config())
Dyn = type("Dyn", (Base,), {"c": 3})
print(Dyn.c, Dyn.injected, Dyn.__mro__[1].__name__)
try:
    class M1(type): pass
    class M2(type): pass
    class A1(metaclass=M1): pass
    class A2(metaclass=M2): pass
    class Mixed(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
