# Properties with getters/setters/deleters, class vs instance attributes, classmethod constructors, __init_subclass__ validation
class Temperature:
    unit = "C"
    instances = 0
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)
    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t
    def __repr__(self):
        return f"Temperature({self._c:.2f}{self.unit})"
t = Temperature(25)
print(t, t.fahrenheit, Temperature.from_fahrenheit(212), Temperature.instances)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
print(t)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)
t.unit = "K"
print(t, Temperature.unit, Temperature(1).unit, "unit" in vars(t))
Temperature.unit = "°C"
print(Temperature(3), t)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.value
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: "x", doc="documented")
print(p.__doc__, p.fget.__name__, p.fset, Temperature.celsius.fset.__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
class Counter:
    count = 0
    def __init__(self):
        self.count += 1
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
class Base:
    registry = {}
    def __init_subclass__(cls, *, kind, **kw):
        super().__init_subclass__(**kw)
        if kind in Base.registry:
            raise TypeError(f"duplicate kind {kind!r}")
        Base.registry[kind] = cls
class A(Base, kind="a"): pass
class B(Base, kind="b"): pass
try:
    class C(Base, kind="a"): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(Base): pass
except TypeError as e:
    print(type(e).__name__, e)
print({k: v.__name__ for k, v in Base.registry.items()})
class WithDoc:
    """Class docstring."""
    def method(self):
        """Method docstring."""
print(WithDoc.__doc__, WithDoc.method.__doc__, WithDoc().method.__doc__, WithDoc.__name__, WithDoc.__qualname__, WithDoc.__module__)
print(sorted(k for k in WithDoc.__dict__ if not k.startswith("__")), WithDoc.__bases__)
