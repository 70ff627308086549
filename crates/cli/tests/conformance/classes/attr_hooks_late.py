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


# One attribute instruction meeting many classes and changing instance dicts: the sites
# remember the last class and where the name was in the instance dict.
def get_v(o):
    return o.v


def set_v(o, x):
    o.v = x


class First:
    pass


class Second:
    v = "class v"


objs = []
for i in range(6):
    o = First() if i % 2 else Second()
    if i % 3 or i % 2:
        set_v(o, i)
    objs.append(o)
print([get_v(o) for o in objs])

# Entries deleted and re-added move the name within the dict.
o = First()
for n in "abcdefgh":
    setattr(o, n, n)
set_v(o, 1)
print(get_v(o))
for n in "abcdefg":
    delattr(o, n)
print(get_v(o), sorted(vars(o)))
del o.v
o.z = 0
set_v(o, 2)
print(get_v(o), list(vars(o)))
del o.v
try:
    get_v(o)
except AttributeError as e:
    print("AttributeError", e)

# Classes made and dropped in a loop, each instance read at the same site.
for i in range(5):
    class Temp:
        pass
    t = Temp()
    if i % 2:
        t.v = i
    else:
        Temp.v = -i
    print(get_v(t), end=" ")
print()

# A property added to a class after the site saw plain instances of it.
p = First()
set_v(p, "plain")
print(get_v(p))
First.v = property(lambda self: "property wins", lambda self, x: print("setter got", x))
print(get_v(p))
set_v(p, 5)
del First.v
print(get_v(p))
