# Custom awaitables with __await__ yielding to a driver; values sent back into the await expression.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("request", self.what)
        return f"reply to {self.what}: {reply}"
async def client():
    a = await Request("time")
    print("client got", a)
    b = await Request("weather")
    print("client got", b)
    return "client done"
coro = client()
msg = coro.send(None)
step = 0
while True:
    step += 1
    print("driver saw", msg)
    try:
        msg = coro.send(f"answer{step}")
    except StopIteration as e:
        print("finished:", e.value)
        break
class Bad:
    def __await__(self):
        return 5
async def uses_bad():
    await Bad()
try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def awaits_int():
    await 3
try:
    awaits_int().send(None)
except TypeError as e:
    print("TypeError:", e)
