# Attribute lookups that the VM caches must see classes change: hooks added or removed
# after instances were used, class attributes shadowing and unshadowing, base classes
# changing under a subclass, and names of one letter that differ only in that letter.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = P(1, 2)
for _ in range(3):
    print(p.x, p.y, p.total())

# A __getattr__ added later answers for missing names only.
P.__getattr__ = lambda self, name: "missing:" + name
print(p.x, p.z, p.total())
del P.__getattr__
try:
    p.z
except AttributeError as e:
    print("AttributeError", e)

# A __getattribute__ added later takes over every access.
P.__getattribute__ = lambda self, name: "always:" + name
print(p.x, p.total)
del P.__getattribute__
print(p.x, p.total())

# A __setattr__ added later intercepts stores.
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


P.__setattr__ = logging_setattr
p.x = 5
print(p.x, log)
del P.__setattr__
p.x = 6
print(p.x, log)


# A method defined on a base class later, and shadowed by the instance dict.
class Base:
    pass


class Child(Base):
    def __init__(self):
        self.a = 1


c = Child()
print(hasattr(c, "greet"))
Base.greet = lambda self: "hello from base"
print(c.greet())
c.greet = lambda: "hello from instance"
print(c.greet())
del c.greet
print(c.greet())
Child.greet = lambda self: "hello from child"
print(c.greet())
del Child.greet
print(c.greet())


# A data descriptor added to the class wins over the instance dict afterwards.
class D:
    pass


d = D()
d.v = "instance"
print(d.v)
D.v = property(lambda self: "property")
print(d.v)
del D.v
print(d.v)

# Many one-letter attributes, so their cache entries meet.
class Letters:
    pass


obj = Letters()
names = "abcdefghijklmnopqrstuvwxyz"
for i, n in enumerate(names):
    setattr(obj, n, i)
for _ in range(2):
    print(sum(getattr(obj, n) for n in names), obj.a, obj.m, obj.z)
Letters.q = "class q"
del obj.q
print(obj.q)

# Globals shadowing builtins, added and removed while a function runs them.
def use_len():
    return len("abc")


print(use_len())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

# __class__ and __dict__ are data descriptors: instance dict entries of those names lose.
class Shadow:
    pass


s = Shadow()
s.__dict__["__class__"] = 5
s.__dict__["__dict__"] = 6
s.__dict__["__doc__"] = "instance doc"
print(s.__class__.__name__, type(s.__dict__).__name__, s.__doc__, sorted(s.__dict__))
