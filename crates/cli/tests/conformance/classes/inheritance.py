# Single and multiple inheritance: overriding, extending with super(), isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat, an " + super().kind()
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + f" (pride {self.pride})"
for obj in [Animal("generic"), Cat("tom"), Lion("leo", "east")]:
    print(obj.speak(), "|", obj.kind())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), isinstance(Lion("x", 1), Cat), issubclass(Cat, (int, Animal)))
print([c.__name__ for c in Lion.__mro__], Lion.__bases__[0].__name__, Lion.__base__.__name__)
print(Cat.__subclasses__(), issubclass(bool, int), issubclass(int, object), isinstance(True, (str, int)))
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
