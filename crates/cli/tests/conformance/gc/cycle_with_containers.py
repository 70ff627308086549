# Cycles through lists, dicts and instance dicts are collected; acyclic parts die as soon as the cycle breaks.
import gc
log = []
class Obj:
    def __init__(self, tag):
        self.tag = tag
        self.refs = []
    def __del__(self):
        log.append(self.tag)
gc.disable()
root = Obj("root")
child = Obj("child")
root.refs.append(child)
child.refs.append({"back": root})
leaf = Obj("leaf")
child.refs.append(leaf)
del root, child, leaf
print("dropped names:", log)
gc.collect()
# Finalizers of one cyclic garbage set run in an unspecified order: compare sorted.
print("collected:", sorted(log))
log.clear()
x = Obj("x")
y = Obj("y")
x.refs.append(y)
y.refs.append(x)
y.refs.clear()
print("cycle broken by hand:", log)
del x
print("x deleted:", log)
del y
print("y deleted:", log)
gc.enable()
