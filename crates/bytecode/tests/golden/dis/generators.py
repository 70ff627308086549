# Generators, coroutines, async generators and the async statements.
import asyncio


def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield from range(received)
    return n


async def coro(delay):
    await asyncio.sleep(delay)
    async with asyncio.Lock() as lock:
        pass
    async for item in agen(3):
        print(item)
    return [x async for x in agen(2)]


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def comp(xs):
    return [await x for x in xs], {x async for x in agen(2)}


def gen_expr(xs):
    return list(x * 2 for x in xs)
