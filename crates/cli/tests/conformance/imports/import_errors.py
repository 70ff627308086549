# Import failures: ModuleNotFoundError, missing names, failing module bodies leave no sys.modules entry.
import sys
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import pkg.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from helpers.star import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, "does_not_exist" in str(e))
try:
    import pkg.broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("pkg.broken" in sys.modules, "pkg" in sys.modules)
try:
    from .relative import x
except ImportError as e:
    print("ImportError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
