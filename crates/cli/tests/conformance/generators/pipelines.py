# Generator pipelines: chained generators, send/throw/close, yield from return values, generator state
def numbers(n):
    print("start numbers")
    for i in range(n):
        yield i
    print("end numbers")
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
pipeline = take(3, evens(squares(numbers(100))))
print(list(pipeline))
print(sum(squares(numbers(5))))

def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            break
        total += value
        count += 1
    return total, count
acc = accumulator()
print(next(acc), acc.send(10), acc.send(20), acc.send(0))
try:
    acc.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

def delegator():
    result = yield from accumulator()
    print("delegated result", result)
    yield "after"
d = delegator()
next(d)
d.send(5)
print(d.send(7))
print(d.send(None))

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen finally")
g = guarded()
print(next(g), g.throw(ValueError("bad")), end=" ")
print()
try:
    next(g)
except StopIteration:
    print("exhausted")
g = guarded()
next(g)
g.close()
g.close()
print("closed twice fine")
g = guarded()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print(type(e).__name__, e)

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def gen_state():
    yield
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None, gs.gi_code.co_name)
next(gs)
print(gs.gi_running, gs.gi_frame.f_lineno)
list(gs)
print(gs.gi_frame)

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def raises_stop():
    yield 1
    raise StopIteration("inner")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), next(itertools.dropwhile(lambda x: x < 1000, fib())))
gen = (x * 2 for x in range(3))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2), {"k": 1})))
def inner_ret():
    yield 1
    return "ret"
def outer():
    r = yield from inner_ret()
    yield r
print(list(outer()))
x = iter([1, 2, 3])
print(next(x), next(x), next(x), next(x, "default"))
try:
    next(x)
except StopIteration as e:
    print("StopIteration", repr(e))
