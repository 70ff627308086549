# isinstance/issubclass with tuples and unions, getattr/setattr/hasattr/delattr with defaults and errors.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, int | str), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(int, int), issubclass(str, object), isinstance(int, type), isinstance(type, type))
print(isinstance([], (list, (tuple, dict))), issubclass(type, object), isinstance(object, type))
class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "y"), hasattr(c, "z"))
delattr(c, "y")
print(hasattr(c, "y"), getattr(C, "x"), getattr(c, "__class__") is C)
setattr(c, "with space", 3)
print(getattr(c, "with space"), vars(c))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(1, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
