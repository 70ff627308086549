# vars() and dir() on user classes, instances and modules-free namespaces; sorted dir output.
class Base:
    b_attr = 1
    def b_method(self):
        pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print(vars(c), sorted(vars(Child).keys() - {"__module__", "__doc__", "__dict__", "__weakref__"}))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(c), "__class__" in dir(c), dir(c) == sorted(dir(c)))
def scope():
    a = 1
    b = 2
    return sorted(dir()), sorted(vars().items()) if False else sorted(locals())
print(scope())
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(Slotted()) if not n.startswith("__")])
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
