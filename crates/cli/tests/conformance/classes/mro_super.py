# C3 MRO, diamond inheritance, super() with and without arguments, MRO conflicts
class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.__init__")
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super(D, self).who()
    def __init__(self):
        print("D.__init__")
        super().__init__()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(super(B, D()).who())
print(D.mro() == list(D.__mro__))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)

class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5, K3): pass
print([k.__name__ for k in K6.__mro__])

class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
class Derived(Base):
    @classmethod
    def create(cls):
        return "derived:" + super().create()
    def helper2(self):
        return super().helper(21)
print(Derived.create(), Derived().helper2())

class Meta(type):
    pass
class P:
    def f(self):
        return "P.f"
class Q(P):
    def f(self):
        s = super()
        return "Q.f>" + s.f()
print(Q().f())
print(type(super(Q, Q())).__name__)
try:
    super(Q, 5)
except TypeError as e:
    print(type(e).__name__, e)

class Prop:
    @property
    def v(self):
        return 1
class Prop2(Prop):
    @property
    def v(self):
        return super().v + 10
print(Prop2().v)

def outside():
    return super().who()
try:
    class T(A):
        def who(self):
            return (lambda: super().who())()
    print(T().who())
except Exception as e:
    print(type(e).__name__, e)
try:
    class U(A):
        def who(self):
            return [x for x in super().who()]
    print(U.who(U.__new__(U)))
except Exception as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
