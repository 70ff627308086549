# iter() and next(): defaults, the two-argument sentinel form, StopIteration, iterators of builtins.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
values = [3, 2, 1, 0, 5]
pos = -1
def read():
    global pos
    pos += 1
    return values[pos]
print(list(iter(read, 0)))
calls = iter(range(100))
print(list(iter(lambda: next(calls), 4)))
for obj in ["ab", (1,), {"k": 1}, {5}, b"x", range(2), {"a": 1}.items()]:
    i = iter(obj)
    print(type(i).__name__, next(i))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
