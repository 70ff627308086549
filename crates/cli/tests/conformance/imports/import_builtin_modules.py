# Importing the builtin modules the VM provides: attributes, import as, from-import and module types.
import sys, math as m
import builtins
from time import time as now
import gc, marshal
print(m.sqrt(16), builtins.len("abc"), builtins.print is print, callable(now))
print(type(gc).__name__, type(marshal).__name__, sys.__name__, builtins.__name__)
print(hasattr(builtins, "open"), builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(getattr(builtins, "max")(3, 9), "sum" in dir(builtins))
builtins.my_global_helper = lambda: "injected into builtins"
print(my_global_helper())
