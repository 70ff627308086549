# Functions as values: map/filter/reduce-like folds, function composition, callbacks, returning functions.
def fold(fn, items, init):
    acc = init
    for it in items:
        acc = fn(acc, it)
    return acc
print(fold(lambda a, b: a + b, range(10), 0), fold(lambda a, b: a * b, range(1, 6), 1))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(filter(None, [0, 1, "", "a", None])))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
pipeline = compose(str, abs, lambda v: v - 10)
print(repr(pipeline(3)))
handlers = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "max": max}
for name in sorted(handlers):
    print(name, handlers[name](7, 3))
def apply_twice(f):
    return lambda x: f(f(x))
print(apply_twice(apply_twice(lambda x: x * 2))(1))
print(sorted(["b10", "a2", "b9"], key=lambda s: (s[0], int(s[1:]))))
