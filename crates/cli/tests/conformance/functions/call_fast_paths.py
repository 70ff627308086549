# Calls the evaluation loop runs without the general argument binding: exact positional
# arguments, missing ones filled from defaults, methods with self first, __init__ of
# plain classes, and every case that must still go the general way with its messages.
def f2(a, b):
    return (a, b)


def fd(a, b=2, c=3):
    return (a, b, c)


def fm(a, b=[]):
    b.append(a)
    return len(b)


print(f2(1, 2), fd(1), fd(1, 5), fd(1, 5, 6), fm(1), fm(2), fm(3, []))
for bad in [lambda: f2(1), lambda: f2(1, 2, 3), lambda: fd(), lambda: fd(1, 2, 3, 4)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# Defaults replaced after the function was made.
fd.__defaults__ = (20, 30)
print(fd(1), fd(1, 2))
fd.__defaults__ = (30,)
print(fd(1, 2))
try:
    fd(1)
except TypeError as e:
    print("TypeError:", e)
fd.__defaults__ = None
try:
    fd(1, 2)
except TypeError as e:
    print("TypeError:", e)


# Arguments are evaluated left to right and each reaches its parameter once.
def trace(x):
    print("arg", x)
    return x


print(f2(trace(1), trace(2)))


# A function whose only reference is the call expression itself.
print((lambda x, y=10: x + y)(5))
print((lambda: [i for i in range(3)])())


# Closures, cells of parameters and recursion through the fast path.
def outer(n):
    def inner(k=1):
        return n + k
    n += 1
    return inner


print(outer(1)(), outer(1)(5))


def cell_param(a, b):
    def g():
        return a * b
    a += 1
    return g()


print(cell_param(2, 3))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20))


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def total(self, extra=0):
        return self.x + self.y + extra

    def __add__(self, other):
        return P(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


p = P(1) + P(2, 3)
print(p.x, p.y, p.total(), p.total(10), p == P(3, 3), P.total(p, 1))
m = p.total
print(m(), m(1))
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: p.total(1, 2), lambda: P.total()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


print(type(Plain()).__name__, Plain().__dict__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(7).a)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NotMine())


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


s = Slotted(4)
print(s.a, hasattr(s, "__dict__"))


class Sub(P):
    def __init__(self, x):
        super().__init__(x, x)


print(Sub(4).total(), isinstance(Sub(1), P))


# __init__ replaced on the class after instances were made.
def new_init(self, x, y=0):
    self.x = -x
    self.y = y


P.__init__ = new_init
print(P(5).x)
del P.__init__
print(P.__init__ is object.__init__)
try:
    P(5)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)


# Generators are never run by the fast path.
def gen(a, b=2):
    yield a
    yield b


print(list(gen(1)), list(gen(1, 3)))
