# Class-creation and instance errors: non-subclassable bases, bad bases, __class__ assignment, abstract-style methods.
for base in [bool, type(None), type(lambda: 0), range]:
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError:", e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print("TypeError:", e)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A))
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Blob()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    A.who()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad:
        __slots__ = ("ok", 1)
except TypeError as e:
    print("TypeError:", e)
print(A.__name__, A.__qualname__, A.__module__, [k.__name__ for k in B.__mro__])
