# Coroutines driven manually: send(None) until StopIteration, return values, await chains, coroutine attributes.
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
coro = compute()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(compute()), run(add("a", "b")))
c = add(1, 1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
done = add(2, 2)
print(run(done))
try:
    done.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
