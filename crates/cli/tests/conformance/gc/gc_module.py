# The gc module's deterministic API surface: thresholds are ints, get_count is a 3-tuple, collect(generation), enable/disable.
import gc
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()), all(isinstance(t, int) for t in gc.get_threshold()))
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(2)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
