# Generator protocol details: send/throw/close, return values through yield from, StopIteration inside a generator, state attributes.
import sys
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("echo closing with", received)
        raise
    finally:
        print("echo finally")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
print("closed twice fine")
try:
    g.send(1)
except StopIteration as e:
    print("send after close: StopIteration", e.value)
def returns():
    yield 1
    return "done"
def delegator():
    result = yield from returns()
    print("delegate got", result)
    result2 = yield from [10, 20]
    print("list result", result2)
    return result
d = delegator()
print(list(d))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def leaks_stop():
    yield 1
    raise StopIteration("oops")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    list(next_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
c = catcher()
next(c)
print(c.throw(ValueError("first")))
print(c.throw(ValueError, "second"))
try:
    c.throw(KeyError("escapes"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("finished after error")
def inner():
    try:
        yield "in"
    except TypeError:
        yield "inner handled"
    return "inner ret"
def outer():
    r = yield from inner()
    yield "outer saw " + r
o = outer()
print(next(o), o.throw(TypeError), next(o))
def state():
    print("running:", gen.gi_running)
    yield
gen = state()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
for _ in gen:
    pass
print(gen.gi_frame)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
squares = (x * x for x in range(5))
print(type(squares).__name__, sum(squares), sum(squares))
def counter(start):
    total = start
    while True:
        step = yield total
        if step is None:
            break
        total += step
    return total
cg = counter(10)
next(cg)
cg.send(5)
cg.send(7)
try:
    cg.send(None)
except StopIteration as e:
    print("final total", e.value)
try:
    counter(0).send(3)
except TypeError as e:
    print("TypeError:", e)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
