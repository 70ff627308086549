# shop: a package for the import programs; relative imports, __all__, lazy submodule access.
from .models import Product, Cart
from .pricing import apply_discount as discount
__all__ = ["Product", "Cart", "discount", "describe"]
def describe():
    return f"shop package {__name__} (package {__package__})"
_internal = "hidden"
