# Async generators: asend/athrow/aclose driven manually, async comprehensions, StopAsyncIteration.
async def agen(n):
    for i in range(n):
        received = yield i
        if received:
            print("agen received", received)
    print("agen done")
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
g = agen(3)
print(type(g).__name__, g.__name__)
print(run(g.__anext__()), run(g.asend("hello")), run(g.asend(None)))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def collect():
    return [x * 10 async for x in agen(3) if x != 1]
print(run(collect()))
async def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught in agen:", e)
        yield "after throw"
c = catcher()
print(run(c.__anext__()), run(c.athrow(ValueError("boom"))))
run(c.aclose())
print("closed")
async def gen_comp():
    agens = (x async for x in agen(2))
    return [y async for y in agens]
print(run(gen_comp()))
