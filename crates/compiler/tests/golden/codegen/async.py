# async for, async with, async comprehensions and generator expressions, await in comprehensions.
import asyncio

async def f(xs, cm, cm2):
    async for x in xs:
        print(x)
    async for y in xs:
        if y:
            break
        continue
    else:
        pass
    async with cm:
        pass
    async with cm as a, cm2 as b:
        return a + b

async def g(xs):
    async with xs as c:
        async for d in c:
            try:
                await d
            finally:
                print(d)
    return [x async for x in xs]

async def h(xs, ys):
    a = [x async for x in xs if x]
    b = {x: y async for x in xs async for y in ys}
    c = {x for x in ys async for y in xs}
    d = (x async for x in xs)
    e = [await x for x in ys]
    f = (await x for x in ys)
    g = [[y async for y in x] for x in ys]
    return a, b, c, d, e, f, g

def plain(xs):
    return (x async for x in xs)

async def gen(xs):
    async for x in xs:
        yield x
    async with xs:
        yield 1

async def loops(xs):
    for i in xs:
        async with i as j:
            if j:
                continue
            break
    async for q in xs:
        async with q:
            return q
