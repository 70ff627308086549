# Decorators: simple wrappers, decorators with arguments, stacking order, class decorators, wraps-like copying.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
def tag(label):
    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        return fn
    return deco
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(5))
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
@tag("outer")
@tag("inner")
def stacked():
    return "stacked"
print(stacked())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Widget:
    pass
print(registry, Widget.registered)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
