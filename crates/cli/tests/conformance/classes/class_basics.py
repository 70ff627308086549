# Classes: instance vs class attributes, methods, __init__, __dict__, mutation through instances.
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)
    def describe(self):
        return f"{self.name} ({self.species}) knows {self.own_tricks}"
a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.describe(), "|", b.describe(), "|", Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species, sorted(a.__dict__), "species" in Dog.__dict__)
del a.species
print(a.species)
Dog.species = "dog"
print(b.species, type(a) is Dog, type(a).__name__, Dog.__name__, Dog.__module__, Dog.__qualname__)
print(Dog.describe(a), getattr(a, "name"), isinstance(a, Dog), isinstance(a, object))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.__dict__, vars(e), Empty.__bases__, Empty.__mro__)
print(str(Dog), repr(Empty), Dog.__class__, type(Dog))
try:
    a.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Dog.missing
except AttributeError as err:
    print("AttributeError:", err)
