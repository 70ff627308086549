# Identity without id(): is, is not, singletons, small-int/string identity that is guaranteed, copies.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented, type(None)() is None)
print(type(...).__name__, repr(...), type(NotImplemented).__name__)
t = (1, 2)
print(tuple(t) is t, t[:] is t, a[:] is a, str("abc") is str("abc") or True)
x = object()
y = x
print(x is y, object() is object())
class C:
    pass
print(C() is C(), type(C()) is C, C is C)
d = {}
print(d.setdefault("k", a) is a, list(d.values())[0] is b)
def f():
    return a
print(f() is a, [a][0] is a, (lambda: b)() is a)
print(frozenset() is frozenset() or True, bool(0) is False, bool(1) is True)
