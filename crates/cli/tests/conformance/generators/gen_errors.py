# Generator errors: StopIteration inside a generator becomes RuntimeError, re-entrancy, exceptions inside.
def leaks():
    yield 1
    raise StopIteration("oops")
try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def reentrant():
    yield g.send(None)
g = reentrant()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
def failing():
    yield 1
    raise KeyError("inside")
f = failing()
print(next(f))
try:
    next(f)
except KeyError as e:
    print("KeyError:", e)
print(next(f, "exhausted after error"))
def next_in_gen():
    it = iter([])
    yield next(it)
try:
    next(next_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e)
