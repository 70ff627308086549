# gc introspection: get_referents/get_referrers/get_objects, freeze/unfreeze, is_finalized, get_count after collect.
import gc
class Box:
    def __init__(self, item):
        self.item = item
a = Box("payload")
b = [a, "s", 1, 2.5]
print(a in gc.get_referents(b), len(gc.get_referents(b)), gc.get_referents(b)[:3])
print(sorted(gc.get_referents({"k": 1, "j": 2}), key=str))
print(len(gc.get_referents((1, 2, 3))), gc.get_referents(5))
print(any(r is b for r in gc.get_referrers(a)))
holder = {"box": a}
print(sum(1 for r in gc.get_referrers(a) if r is b or r is holder))
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(type(gc.get_objects()).__name__, any(o is b for o in gc.get_objects()))
for bad in (5, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)
print(gc.is_finalized(a))
class Fin:
    def __del__(self):
        print("Fin.__del__")
f = Fin()
f.self = f
del f
gc.collect()
print(gc.get_count()[0] < 700)
