# Errors crossing await boundaries: exceptions propagate through nested coroutines with try/except/finally.
class Step:
    def __await__(self):
        yield "step"
async def inner(fail):
    await Step()
    if fail:
        raise ValueError("inner failed")
    return "inner ok"
async def middle(fail):
    try:
        return await inner(fail)
    finally:
        print("middle finally")
async def outer(fail):
    try:
        return await middle(fail)
    except ValueError as e:
        return f"outer handled: {e}"
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(outer(False)))
print(run(outer(True)))
async def throws_into():
    try:
        await Step()
    except KeyError as e:
        return f"got thrown {e!r}"
c = throws_into()
c.send(None)
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
