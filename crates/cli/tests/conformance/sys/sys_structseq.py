# Struct sequences in sys: repr, tuple behaviour, field names, n_fields, read-only errors.
import sys
v = sys.version_info
print(v, len(v), v[:2], v[-1], v.major, v >= (3, 11), v == (3, 11, 7, 'final', 0), type(v).__name__, type(v).__module__)
a, b, *c = v; print(a, b, c, tuple(v), list(v), hash(v) == hash(tuple(v)), isinstance(v, tuple))
print(type(v).n_sequence_fields, type(v).n_fields, type(v).n_unnamed_fields, type(v).__match_args__)
print(sys.float_info)
print(sys.hash_info)
print(sys.int_info)
print(sys.flags.debug, sys.flags.optimize, len(sys.flags))
print(type(sys.version_info).major)
for f in (lambda: setattr(v, 'major', 4), lambda: type(v)((1,)), lambda: delattr(v, 'major')):
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(v.index(11), v.count(3), v + (1,), 3 in v, v * 1 == v)
