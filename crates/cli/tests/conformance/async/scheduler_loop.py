# A small event loop with timers, futures, tasks, gather, async generators, async with and cancellation via throw.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Cancelled(Exception):
    pass
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.log = []
    def call_later(self, delay, fn):
        self.timers.append((self.now + delay, len(self.timers), fn))
    def sleep(self, delay, value=None):
        f = Future()
        self.call_later(delay, lambda: f.set_result(value))
        return f
    def create_task(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task
    def run_until_complete(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            if not self.ready:
                self.timers.sort()
                when, _, fn = self.timers.pop(0)
                self.now = when
                fn()
                continue
            task = self.ready.pop(0)
            task.step()
        return main.result
class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop, self.coro, self.name = loop, coro, name
        self.to_throw = None
    def cancel(self):
        self.to_throw = Cancelled(self.name)
        if self not in self.loop.ready:
            self.loop.ready.append(self)
    def step(self, value=None):
        try:
            if self.to_throw is not None:
                exc, self.to_throw = self.to_throw, None
                fut = self.coro.throw(exc)
            else:
                fut = self.coro.send(value)
        except StopIteration as e:
            print(f"t={self.loop.now} task {self.name} returned {e.value!r}")
            self.set_result(e.value)
        except Cancelled as e:
            print(f"t={self.loop.now} task {self.name} cancelled")
            self.set_result(None)
        else:
            fut.callbacks.append(lambda f: self.loop.ready.append(self))
async def gather(loop, *coros):
    tasks = [loop.create_task(c, f"g{i}") for i, c in enumerate(coros)]
    return [await t for t in tasks]
loop = Loop()
async def worker(name, delay):
    print(f"t={loop.now} {name} start")
    await loop.sleep(delay)
    print(f"t={loop.now} {name} woke")
    return name.upper()
async def ticker(n):
    for i in range(n):
        await loop.sleep(1)
        yield i
class Session:
    async def __aenter__(self):
        await loop.sleep(1)
        print(f"t={loop.now} session open")
        return self
    async def __aexit__(self, *exc):
        await loop.sleep(1)
        print(f"t={loop.now} session closed", exc[0])
        return False
async def forever():
    try:
        while True:
            await loop.sleep(10)
    finally:
        print(f"t={loop.now} forever cleaned up")
async def main():
    results = await gather(loop, worker("a", 3), worker("b", 1), worker("c", 2))
    print("gathered", results)
    total = 0
    async for i in ticker(3):
        print(f"t={loop.now} tick {i}")
        total += i
    print("ticks total", total)
    squares = [i * i async for i in ticker(4) if i % 2]
    print("comprehension", squares)
    async with Session() as s:
        print("inside session", type(s).__name__)
    bg = loop.create_task(forever(), "forever")
    await loop.sleep(5)
    bg.cancel()
    await loop.sleep(1)
    try:
        async with Session():
            raise KeyError("in session")
    except KeyError as e:
        print("session error propagated", e)
    return "main done"
print(loop.run_until_complete(main()))
print("final time", loop.now)
