# A tiny hand-written round-robin event loop running several coroutines with a sleep-like awaitable.
class Yield:
    def __await__(self):
        yield
class Loop:
    def __init__(self):
        self.ready = []
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{name}] finished with {e.value!r}")
            else:
                self.ready.append((name, coro))
        return self.results
async def worker(name, n):
    total = 0
    for i in range(n):
        print(f"[{name}] step {i}")
        total += i
        await Yield()
    return total
async def parent():
    a = await worker("child", 2)
    return a * 100
loop = Loop()
loop.spawn("A", worker("A", 3))
loop.spawn("B", worker("B", 1))
loop.spawn("P", parent())
print(loop.run())
