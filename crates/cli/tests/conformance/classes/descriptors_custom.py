# Custom descriptors: data vs non-data, __set_name__, validation, precedence over instance dict
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.private)

class Lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        print("computed", self.name)
        return value

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @Lazy
    def greeting(self):
        "a lazy greeting"
        return f"Hello, {self.name}"

p = Person("Ann", 30)
print(p.name, p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(p.greeting)
print(p.greeting)
print(Person.greeting.__doc__, type(Person.name).__name__)
del p.age
print(p.age)
p.__dict__["name"] = "shadow"
print(p.name)
p.__dict__["greeting"] = "overridden"
print(p.greeting)

class Const:
    def __get__(self, obj, objtype):
        return 42
class Holder:
    x = Const()
h = Holder()
print(h.x, Holder.x)
h.x = 7
print(h.x)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return "ro"
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    a = ReadOnly()
r = R()
try:
    r.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
r.__dict__["a"] = "dict"
print(r.a)

class Bound:
    def method(self):
        return self
b = Bound()
m = Bound.__dict__["method"].__get__(b, Bound)
print(m() is b, m.__self__ is b, m.__func__ is Bound.method)
print(Bound.method.__get__(None, Bound) is Bound.method)
sm = staticmethod(len)
print(sm.__get__(None, object)("abc"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, Bound)())
print(property(lambda s: 1).__get__(None, Bound).__class__.__name__)
