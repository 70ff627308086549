# gc.collect() reclaims reference cycles and runs their __del__ methods; gc enable/disable state.
import gc
finalized = []
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        finalized.append(self.name)
gc.disable()
print("enabled:", gc.isenabled())
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("cycle dropped, not yet collected:", finalized)
found = gc.collect()
# The order in which a cycle's finalizers run is not specified, so print them sorted.
print("collected something:", found >= 2, sorted(finalized))
self_ref = Node("self")
self_ref.other = self_ref
del self_ref
print("before collect:", sorted(finalized))
gc.collect()
print("after collect:", sorted(finalized))
gc.enable()
print("enabled:", gc.isenabled())
