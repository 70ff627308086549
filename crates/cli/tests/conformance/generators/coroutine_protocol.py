# Generator-based coroutines: priming, send/throw/close, yield from delegation of throw/close, return values, GeneratorExit
def averager():
    total, n = 0, 0
    avg = None
    try:
        while True:
            try:
                x = yield avg
            except ValueError as e:
                print("averager got", e)
                continue
            total += x
            n += 1
            avg = total / n
    except GeneratorExit:
        print("averager closing with", n, "values")
        raise
    finally:
        print("averager finally")
def grouper(results, key):
    while True:
        results[key] = yield from averager()
a = averager()
next(a)
print(a.send(10), a.send(20), a.throw(ValueError("ignored")), a.send(30))
a.close()
print(a.gi_frame is None)
results = {}
g = grouper(results, "k")
next(g)
for v in (1, 2, 3):
    g.send(v)
g.throw(ValueError("delegated"))
g.close()
print(results)
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except KeyError:
            return received
        received.append(v)
e = echo()
next(e)
e.send("a"); e.send("b")
try:
    e.throw(KeyError)
except StopIteration as s:
    print("returned", s.value)
def ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "naughty"
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as err:
    print(type(err).__name__, err)
def outer():
    try:
        yield from inner()
    except ZeroDivisionError as err:
        print("outer caught", err)
        yield "outer recovered"
def inner():
    yield 1
    yield 2
o = outer()
print(next(o), o.throw(ZeroDivisionError("from throw")))
def gen_with_return():
    yield 1
    return "done"
def wrapper():
    r = yield from gen_with_return()
    print("inner returned", r)
    return r.upper()
w = wrapper()
print(list(w))
try:
    next(w)
except StopIteration as s:
    print("already exhausted", s.value)
g2 = (i for i in range(3))
print(next(g2))
g2.close()
print(list(g2))
try:
    averager().send(5)
except TypeError as err:
    print(type(err).__name__, err)
def tb_gen():
    yield 1
    raise IndexError("in generator")
try:
    for _ in tb_gen():
        pass
except IndexError as err:
    print(type(err).__name__, err)
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        elif cmd == "stop":
            return count
        else:
            count += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c), next(c)])
try:
    c.send("stop")
except StopIteration as s:
    print("stopped at", s.value)
