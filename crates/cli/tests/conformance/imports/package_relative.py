# Packages with nested relative imports (., ..), __all__ and star import, module attributes, sys.modules entries
import sys
from shop import *
print(sorted(n for n in dir() if not n.startswith("_")))
cart = Cart().add(Product("pen", 1.5), 4).add(Product("book", 12.25))
print(cart, cart.total(), cart.total(pct=10), discount(50, 20), describe())
import shop.models.cart as cm
print(cm.__name__, cm.__package__, cm.__spec__.name, cm.__spec__.parent, cm.__file__.endswith("cart.py"))
print(shop.__path__[0].endswith("shop") if False else "", type(sys.modules["shop"]).__name__, "shop.models.product" in sys.modules)
import shop
print(shop.__spec__.submodule_search_locations is not None, cm.__spec__.submodule_search_locations, shop.models.__name__)
print(hasattr(shop, "_internal"), "_internal" in dir(), shop.__all__)
print(sorted(k for k in sys.modules if k.startswith("shop")))
print(__name__, __spec__, __package__ if __package__ else repr(__package__), __builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(cm.__cached__ is None or cm.__cached__.endswith(".pyc"), __cached__ if "__cached__" in globals() else "no __cached__ in main")
mod = sys.modules["shop.pricing"]
print(mod.apply_discount(10, 50), mod is shop.pricing)
again = __import__("shop.models", fromlist=["x"])
print(again is shop.models, __import__("shop.models.product", fromlist=["*"]).Product.__module__)
del sys.modules["shop.pricing"]
import shop.pricing as fresh
print(fresh is not mod, fresh.apply_discount(1, 0))
try:
    from shop import nonexistent
except ImportError as e:
    print(type(e).__name__, e.name, e.msg.split(" (")[0])
try:
    import shop.missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__package__": "shop"}, None, [], 2)
except (ImportError, ValueError) as e:
    print(type(e).__name__, e)
sys.modules["virtual"] = type(sys)("virtual")
sys.modules["virtual"].answer = 42
import virtual
print(virtual.answer, virtual.__name__, repr(virtual))
import types
m = types.ModuleType("made", "doc string")
print(m.__name__, m.__doc__, sorted(k for k in vars(m)))
