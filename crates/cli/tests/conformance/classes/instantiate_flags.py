# Instantiation checks the VM caches per class: object.__new__/__init__ argument errors as
# __init__ and __new__ come and go, __abstractmethods__ set and cleared, custom __new__.

class C:
    pass
C()
try:
    C(1)
except TypeError as e:
    print(e)
C.__init__ = lambda self, x: None
C(1)
del C.__init__
try:
    C(1)
except TypeError as e:
    print(e)
C.__abstractmethods__ = frozenset({"g"})
try:
    C()
except TypeError as e:
    print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
class D:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(D(1, 2)).__name__)
C.__abstractmethods__ = frozenset({"b", "a"})
try:
    C()
except TypeError as e:
    print(e)
del C.__abstractmethods__
print(type(C()).__name__)


class E(C):
    def __init__(self, *args):
        self.args = args


print(E(1, 2, 3).args)
C.__new__ = lambda cls, *a: object.__new__(cls)
print(type(C(5)).__name__)
try:
    object.__new__(C, 1)
except TypeError as e:
    print(e)
