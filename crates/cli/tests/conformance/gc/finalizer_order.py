# __del__ timing: resurrection, finalizers running once, cycles with finalizers, generators closed on collection, gc counters.
import gc
events = []
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append(self.name)
def scope():
    a = Noisy("a")
    b = Noisy("b")
    return "ret"
print(scope(), events)
events.clear()
saved = []
class Phoenix:
    def __del__(self):
        events.append("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print(events, len(saved))
saved.clear()
print("after second release", events)
events.clear()
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        events.append(self.name)
x, y = Node("x"), Node("y")
x.peer, y.peer = y, x
del x, y
print("cycle before collect", events)
n = gc.collect()
print("cycle after collect", sorted(events), n >= 2)
events.clear()
def gen():
    try:
        yield 1
    finally:
        events.append("gen finally")
holder = []
g = gen()
next(g)
holder.append(g)
holder.append(holder)
del g, holder
print("gen cycle before", events)
gc.collect()
print("gen cycle after", events)
events.clear()
d = {i: Noisy(f"v{i}") for i in range(3)}
d.clear()
print("dict clear order", events)
events.clear()
t = (Noisy("t0"), Noisy("t1"))
del t
print("tuple order", events)
events.clear()
o = Noisy("attr holder")
o.child = Noisy("child")
o.child = None
print("attribute replaced", events)
del o
print("holder deleted", events)
gc.enable()
print(gc.isenabled(), gc.collect() >= 0, gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
a = []
a.append(a)
del a
print("self-referencing list collected:", gc.collect() >= 1)
print(gc.collect())
