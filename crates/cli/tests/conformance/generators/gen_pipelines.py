# Generator pipelines: chained stages, infinite sources with manual take, lazy evaluation order.
def source():
    n = 0
    while True:
        print("source", n)
        yield n
        n += 1
def square(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(3, evens(square(source())))))
def windows(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(windows(range(6), 3)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 5]])
