# import of a package with subpackages, relative imports inside it, attribute access on submodules.
import pkg
print(pkg.VERSION, pkg.greet("ann"), pkg.sub.via_parent("bob"))
import pkg.sub.leaf
print(pkg.sub.leaf.leaf_value, pkg.sub.leaf.where(), pkg.sub.leaf_value)
from pkg.core import calls
print("calls imported by value:", calls)
import pkg.core as core
print("calls now:", core.calls, core is pkg.core)
from pkg import sub as s, VERSION as V
print(s.__name__, V, s.__package__, pkg.__package__, pkg.core.__package__)
print(sorted(k for k in pkg.__dict__ if not k.startswith("__")))
