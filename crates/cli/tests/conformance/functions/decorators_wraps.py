# Decorators: functools.wraps, decorators with arguments, class decorators, stacking, methods
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args[1:] if args and hasattr(args[0], 'n') else args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result
    return wrapper
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    """Adds numbers."""
    return a + b
@repeat(3)
@trace
def hello(name):
    return f"hi {name}"
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(hello("x"), hello.__name__)
print(sorted(k for k in vars(add) if not k.startswith("_")), add.__module__)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    "square it"
    return x * x
print(square(3), square(4), square.calls, square.__name__, square.__doc__)
def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class DB:
    def __init__(self, url):
        self.url = url
print(DB("a").url, DB("b").url, DB.__name__)
class Service:
    def __init__(self):
        self.n = 0
    @trace
    def work(self, k):
        self.n += k
        return self.n
    @staticmethod
    @trace
    def util(x):
        return -x
    @classmethod
    def build(cls):
        return cls.__name__
    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        print("computing expensive")
        return 42
s = Service()
s.work(2)
s.work(3)
Service.util(5)
print(Service.build(), s.expensive, s.expensive)
@functools.lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
p = functools.partial(int, base=2)
print(p("1010"), p.func.__name__, p.args, p.keywords, repr(functools.partial(max, 1)) .startswith("functools.partial(<built-in function max>"))
def power(base, exp):
    return base ** exp
sq = functools.partial(power, exp=2)
print(sq(7), functools.partial(sq, 3)())
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
