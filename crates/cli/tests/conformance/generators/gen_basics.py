# Generators: lazy execution order, StopIteration, return value, exhaustion, generator state.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
    return "result"
g = gen()
print("created", type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
print(g.gi_frame is None, gen().gi_frame is not None)
