# A hand-written @contextmanager (no contextlib): generator-based context managers, exceptions thrown into them.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignored", type(e).__name__, e)
with tag("html") as t:
    with tag("body"):
        print("content inside", t)
with ignoring(KeyError):
    {}["missing"]
print("after ignoring")
try:
    with tag("div"):
        raise ValueError("in body")
except ValueError as e:
    print("propagated:", e)
try:
    with ignoring(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not ignored:", e)
