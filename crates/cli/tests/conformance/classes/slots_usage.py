# __slots__: attribute restriction, inheritance, defaults via class attributes, __dict__ slot
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__, P.x.__name__)

class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 3
print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)

class R(P):
    pass
r = R(1, 2)
r.w = 9
print(r.__dict__, r.x)

class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)

class T:
    __slots__ = "single"
t = T()
t.single = "one"
print(t.single, T.__slots__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

class W:
    __slots__ = ("__weakref__", "val")
import weakref
w = W()
ref = weakref.ref(w)
print(ref() is w)

class Frozen:
    __slots__ = ("_v",)
    def __init__(self, v):
        object.__setattr__(self, "_v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")
    @property
    def v(self):
        return self._v
f = Frozen(10)
print(f.v)
try:
    f.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f._v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
