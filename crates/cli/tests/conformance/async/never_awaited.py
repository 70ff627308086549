# RuntimeWarning "coroutine ... was never awaited": shown once per location when an unstarted coroutine dies; not for closed or awaited ones.
async def fetch(n):
    return n * 2
def make_and_drop():
    c = fetch(1)
    print("made", type(c).__name__)
make_and_drop()
print("after function")
for i in range(3):
    fetch(i)
print("after loop")
closed = fetch(5)
closed.close()
del closed
print("closed one dropped")
async def main():
    fetch(10)
    return await fetch(20)
try:
    main().send(None)
except StopIteration as e:
    print("main returned", e.value)
pending = [fetch(1), fetch(2)]
pending.clear()
print("list cleared")
started = fetch(3)
try:
    started.send(None)
except StopIteration as e:
    print("started one finished", e.value)
del started
print("end")
