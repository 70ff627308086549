# C3 method resolution order: diamonds, cooperative super() chains, and inconsistent-MRO errors.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self):
        print("Init")
class L(Init):
    def __init__(self):
        print("L")
        super().__init__()
class R(Init):
    def __init__(self):
        print("R")
        super().__init__()
class Both(L, R):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
