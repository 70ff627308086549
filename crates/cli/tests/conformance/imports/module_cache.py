# sys.modules caching: a module body runs once, repeated imports return the same object, del and re-import.
import sys
import helpers.counter
import helpers.counter as again
from helpers import counter
print(helpers.counter is again is counter, "helpers.counter" in sys.modules)
print(counter.bump(), again.bump(), sys.modules["helpers.counter"].count)
del sys.modules["helpers.counter"]
import helpers.counter as fresh
print(fresh is counter, fresh.count, counter.count)
print(type(sys).__name__, sys.modules["sys"] is sys, "__main__" in sys.modules, sys.modules["__main__"].__name__)
import math
print(sys.modules["math"] is math, math.__name__)
