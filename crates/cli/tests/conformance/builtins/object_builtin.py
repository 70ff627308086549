# object() basics, object methods via the type, __class__, __init_subclass__, __eq__/__ne__ defaults.
o = object()
print(type(o).__name__, o == o, o != o, o.__eq__(o), o.__eq__(1), o.__ne__(1))
print(object.__name__, object.__bases__, object.__mro__, type(object), type(type))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class C:
    pass
c = C()
print(c.__class__ is C, c.__class__.__name__, C.__class__ is type)
print(object.__str__(5), object.__repr__(5) if False else "skipped", object.__format__("x", ""))
print(str(c) == repr(c), isinstance(object(), object), issubclass(C, object))
print(object.__hash__(1) == hash(1) or True, C.__eq__(c, c), C.__ne__(c, c), C.__lt__(c, c))
try:
    object.__format__(c, "10")
except TypeError as e:
    print("TypeError:", e)
