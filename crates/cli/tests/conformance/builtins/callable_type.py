# callable(), type() with one and three arguments, type names of builtin objects.
print(callable(print), callable(len), callable(1), callable("s"), callable(int), callable(lambda: 0), callable(type))
objs = [1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1), type, object(), ..., NotImplemented, len, print, iter([]), iter(()), iter(""), map(str, []), zip(), enumerate([])]
print([type(o).__name__ for o in objs])
T = type("T", (), {"x": 1, "m": lambda self: self.x + 1})
print(T.__name__, T().m(), T.__bases__, type(T))
S = type("S", (T, ), {})
print(S().x, S.__mro__[1] is T, [k.__name__ for k in S.__mro__])
try:
    type("bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
