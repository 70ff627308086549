# Generator throw() and close(): handling inside, GeneratorExit, finally blocks, ignoring close.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled ValueError", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
w.close()
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(u, "exhausted"))
def stubborn():
    try:
        yield
    except GeneratorExit:
        print("refusing to close")
        yield "nope"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "exhausted now"))
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catch_exit()
next(c)
c.close()
n = unhandled()
try:
    n.throw(TypeError("before start"))
except TypeError as e:
    print("TypeError:", e)
print(next(n, "finished"))
print(unhandled().close())
