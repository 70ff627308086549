import functools
import operator
from functools import partial, reduce, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

base2 = partial(int, base=2)
print(base2('1010'), base2.func is int, base2.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3.args)

calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
print([square(i) for i in (1, 2, 1, 3, 1, 2)], calls, square.cache_info())
square.cache_clear()
print(square.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 2
    return inner

@deco
def documented(x):
    "Doubles via deco."
    return x
print(documented(21), documented.__name__, documented.__doc__, documented.__wrapped__(1))

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), Version(1) >= Version(0, 1), Version(2) <= Version(1))

print(sorted(['banana', 'Apple', 'cherry'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

@singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int ' + str(x)
@describe.register(list)
def _(x):
    return 'list of ' + str(len(x))
print(describe(5), describe([1, 2]), describe('s'), describe(True))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('r')(c), operator.methodcaller('upper')('x'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=operator.itemgetter(0, 1)))
