# Unbounded recursion through special methods and Python calls ends in RecursionError, even with a 100000 limit.
import sys
def msg(e):
    # CPython's suffix ("while calling a Python object", ...) depends on which C-level check trips first.
    return type(e).__name__, str(e).startswith("maximum recursion depth exceeded")
class Eq:
    def __eq__(self, other): return self == other
class GetAttr:
    def __getattr__(self, name): return getattr(self, name)
class Len:
    def __len__(self): return len(self)
class Hash:
    def __hash__(self): return hash(self)
class Str:
    def __str__(self): return str(self)
class Call:
    def __call__(self): return self()
class Prop:
    @property
    def p(self): return self.p
class Add:
    def __add__(self, other): return self + other
class Item:
    def __getitem__(self, k): return self[k]
class Bool:
    def __bool__(self): return bool(self)
class Contains:
    def __contains__(self, x): return x in self
class Init:
    def __init__(self): Init()
def plain(n): return plain(n + 1)
cases = [
    ("plain", lambda: plain(0)),
    ("__eq__", lambda: Eq() == Eq()),
    ("__getattr__", lambda: GetAttr().missing),
    ("__len__", lambda: len(Len())),
    ("__hash__", lambda: hash(Hash())),
    ("__str__", lambda: str(Str())),
    ("__call__", lambda: Call()()),
    ("property", lambda: Prop().p),
    ("__add__", lambda: Add() + 1),
    ("__getitem__", lambda: Item()[0]),
    ("__bool__", lambda: bool(Bool())),
    ("__contains__", lambda: 1 in Contains()),
    ("__init__", lambda: Init()),
]
for name, fn in cases:
    try:
        fn()
    except RecursionError as e:
        print(name, *msg(e))
# A deep limit: plain Python recursion still ends in RecursionError (CPython's C stack
# only survives the dunder cases at the default limit).
sys.setrecursionlimit(100000)
try:
    plain(0)
except RecursionError as e:
    print("100000 plain", *msg(e))
def ping(n): return pong(n + 1)
def pong(n): return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("100000 mutual", *msg(e))
def down(n): return n if n == 0 else down(n - 1)
print(down(90000))
sys.setrecursionlimit(1000)
def count(n): return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
try:
    count(5000)
except RecursionError as e:
    print("count:", e)
print("still works:", count(10))
