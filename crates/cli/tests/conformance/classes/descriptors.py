# Descriptor protocol: data vs non-data descriptors, precedence over instance dict, __get__ on class access.
class NonData:
    def __get__(self, obj, owner):
        return f"nondata({'instance' if obj is not None else 'class'} of {owner.__name__})"
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return self if obj is None else obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class C:
    nd = NonData()
    d = Data()
    age = Typed(int)
c = C()
print(c.nd, C.nd, c.d)
c.__dict__["nd"] = "instance value"
c.__dict__["d"] = "instance value"
print(c.nd, c.d)
c.d = 5
c.age = 30
print(c.age, C.age.name)
try:
    c.age = "old"
except TypeError as e:
    print("TypeError:", e)
del c.age
print(c.age)
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class U:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"
print(U().hello("you"), type(U.hello).__name__)
def plain(self):
    return "bound"
print(plain.__get__(c, C)(), plain.__get__(None, C) is plain)
