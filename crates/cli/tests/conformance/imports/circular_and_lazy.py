# Circular imports that work with late attribute access, and module-level __getattr__/__dir__.
import helpers.circ_a as a
import helpers.circ_b as b
print(a.use_b(), b.seen_partial, b.partial_view())
import helpers.lazy as lazy
print(lazy.dyn_hello, dir(lazy))
from helpers.lazy import dyn_imported
print(dyn_imported)
try:
    lazy.other
except AttributeError as e:
    print("AttributeError:", e)
