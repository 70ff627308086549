# __class__ assignment: heap classes, slots, built-in bases, metaclasses, and every TypeError CPython raises.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class S:
    __slots__ = ("x",)
class T:
    __slots__ = ("x",)
class U:
    __slots__ = ("y",)
obj = A()
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, A), obj.__dict__)
for v in [int, 5, S, list]:
    try:
        obj.__class__ = v
    except TypeError as e:
        print("TypeError:", e)
s = S(); s.x = 1
s.__class__ = T; print(type(s).__name__, s.x)
try: s.__class__ = U
except TypeError as e: print(e)
try: del obj.__class__
except TypeError as e: print(e)
try: (5).__class__ = B
except TypeError as e: print(e)
try: (5).__class__ = 5
except TypeError as e: print(e)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try: l.__class__ = list
except TypeError as e: print(e)
try: l.__class__ = A
except TypeError as e: print(e)
for i in range(1000):
    obj.__class__ = A if i % 2 else B
print(type(obj).__name__)
class Meta(type): pass
class K0: pass
try:
    K0.__class__ = Meta
except TypeError as e:
    print(e)
class Meta(type): pass
class Meta2(type): pass
class K(metaclass=Meta): pass
K.__class__ = Meta2; print(type(K).__name__)
class A:
    def __setattr__(self, k, v):
        print("set", k)
        object.__setattr__(self, k, v)
class B(A): pass
a = A(); a.__class__ = B; print(type(a).__name__, a.__class__ is B)
class D(dict): pass
class E(dict): pass
d = D(a=1); d.__class__ = E; print(type(d), d)
class P:
    __slots__ = ("a", "__dict__")
class Q:
    __slots__ = ("a", "__dict__")
p = P(); p.a = 1; p.b = 2; p.__class__ = Q; print(type(p).__name__, p.a, p.b)
try:
    p.__class__ = A
except TypeError as e:
    print(e)
