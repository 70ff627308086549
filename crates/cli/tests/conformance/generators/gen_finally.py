# try/finally and with inside generators: cleanup on exhaustion, on close, on break from a for loop.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
def reader(name, n):
    with Res(name):
        for i in range(n):
            yield i
for x in reader("full", 2):
    print("item", x)
for x in reader("partial", 5):
    print("item", x)
    if x == 1:
        break
r = reader("closed", 3)
print(next(r))
r.close()
print("after close")
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
del n
print("after del")
