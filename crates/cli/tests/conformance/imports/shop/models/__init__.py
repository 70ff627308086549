# shop.models: re-exports classes from sibling modules with relative imports.
from .product import Product
from .cart import Cart
