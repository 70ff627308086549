# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect-free patterns, reentrant timers
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled KeyError in cm:", e)
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
with tag("p"):
    raise KeyError("swallowed")
try:
    with tag("span"):
        raise ValueError("escapes")
except ValueError as e:
    print(type(e).__name__, e)
with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
print("after suppress")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    stack.callback(print, "callback ran")
    print("stack body", names)
class Resource:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with contextlib.closing(Resource(1)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print("null", v)
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@tag("decorated")
def decorated_fn():
    print("in decorated fn")
decorated_fn()
class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self
    def __exit__(self, *exc):
        print("timer stop", exc[0])
        return False
@Timer()
def timed():
    return "timed result"
print(timed())
with contextlib.ExitStack() as st:
    st.push(lambda *exc: print("push exit", exc[0].__name__ if exc[0] else None) or True)
    raise IndexError("suppressed by push")
print("exitstack swallowed")
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None, ev)
with Managed() as m1, Managed() as m2:
    print(m1 is not m2)
try:
    with Managed():
        raise TypeError("passes through")
except TypeError as e:
    print("outer got", e)
def gen_with_cm():
    with tag("gen"):
        yield 1
        yield 2
for x in gen_with_cm():
    print("got", x)
