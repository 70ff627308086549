# async with and async for using hand-written __aenter__/__aexit__ and __aiter__/__anext__, driven manually.
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("acquire", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None)
        return et is KeyError
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with Resource("db") as r:
        print("using", r.name)
    async with Resource("suppressing"):
        raise KeyError("ignored")
    total = 0
    async for t in Ticker(4):
        print("tick", t)
        total += t
    else:
        print("async for else")
    return total
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def bad_with():
    async with Resource("x") as a, 5 as b:
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)
async def bad_for():
    async for x in [1, 2]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
