# __call__ makes instances callable; __enter__/__exit__ as context managers, exception suppression.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
m = Multiplier(3)
print(m(4), m(4, offset=1), callable(m), list(map(m, [1, 2])))
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError, IndexError):
    [][1]
with Suppress(KeyError):
    {}["x"]
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("passed through:", e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter", Timer.depth)
        return Timer.depth
    def __exit__(self, *a):
        print("  " * Timer.depth + "exit", Timer.depth)
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        print("inside", d1, d2)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
