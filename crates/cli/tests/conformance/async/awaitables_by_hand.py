# Coroutines driven by hand: custom awaitables, __await__, async generators, async with/for, send/throw
import types
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield f"tick{i}"
            if got:
                print("await got", got)
        return self.n * 10

async def worker(name, n):
    print(name, "start")
    r = await Sleep(n)
    print(name, "woke", r)
    return name.upper()

def run(coro):
    sent = None
    while True:
        try:
            step = coro.send(sent)
            print("step", step)
            sent = None if step != "tick1" else "ping"
        except StopIteration as e:
            return e.value
print(run(worker("w", 3)))

class yielder:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        x = yield self.v
        return x
async def uses_yielder():
    a = await yielder("first")
    b = await yielder("second")
    return a, b
c = uses_yielder()
print(c.send(None), c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result", e.value)

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        await Sleep(1)
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(0)
        return self.n
async def agen(n):
    for i in range(n):
        await Sleep(0)
        yield i * i
async def main():
    async with AsyncCM() as r:
        print("using", r)
        raise ValueError("swallowed")
    out = []
    async for v in Countdown(3):
        out.append(v)
    async for v in agen(4):
        out.append(v)
    out.append([x async for x in agen(3)])
    out.append([await Sleep(i) for i in range(3)])
    return out
print(run(main()))

async def failing():
    await Sleep(1)
    raise KeyError("inside")
co = failing()
co.send(None)
try:
    co.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print(type(e).__name__, e)
co = failing()
co.send(None)
try:
    co.send(None)
except KeyError as e:
    print(type(e).__name__, e)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
co = worker("never", 1)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad2():
    await 3
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad3():
    async with object():
        pass
try:
    bad3().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
async def bad4():
    async for x in [1]:
        pass
try:
    bad4().send(None)
except TypeError as e:
    print(type(e).__name__, e)
ag = agen(2)
print(type(ag).__name__, ag.__aiter__() is ag)
step = ag.__anext__()
try:
    while True:
        step.send(None)
except StopIteration as e:
    print("anext value", e.value)
async def coro_fn(): return 1
cr = coro_fn()
print(type(cr).__name__, cr.cr_running, cr.__name__, cr.__qualname__)
cr.close()
