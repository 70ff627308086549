# __del__ timing with exceptions: objects referenced by a caught exception's traceback die after the handler.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("collected", self.name)
def fail():
    t = Tracker("frame local")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("handling", e)
print("after handler")
def gen():
    t = Tracker("generator local")
    yield 1
    yield 2
g = gen()
next(g)
print("generator suspended")
g = None
print("generator dropped")
