# Miscellaneous protocol methods: __dir__, __instancecheck__/__subclasscheck__, __missing__, __init_subclass__ default.
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))
class AnyMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class IntLike(metaclass=AnyMeta):
    pass
print(isinstance(3, IntLike), isinstance("x", IntLike), issubclass(bool, IntLike), issubclass(int, IntLike))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __repr__(self):
        return f"Vec{self.c}"
    def __mul__(self, k):
        return Vec(*(x * k for x in self.c))
    __rmul__ = __mul__
    __hash__ = None
v = Vec(1, 2, 3)
print(v * 2, 3 * v, list(v), len(v), v[-1], Vec(1) == Vec(1), sorted(v, reverse=True), max(v))
class Desc:
    def __get__(self, obj, owner=None):
        return "from descriptor"
class Holder:
    __len__ = lambda self: 5
    attr = Desc()
print(len(Holder()), Holder().attr, Holder.attr)
