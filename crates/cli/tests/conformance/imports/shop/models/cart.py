# shop.models.cart: uses a parent-package relative import (..pricing).
from ..pricing import apply_discount
from . import product as product_module
class Cart:
    def __init__(self):
        self.items = []
    def add(self, product, qty=1):
        self.items.append((product, qty))
        return self
    def total(self, pct=0):
        return apply_discount(sum(p.price * q for p, q in self.items), pct)
    def __repr__(self):
        return f"Cart({len(self.items)} lines, module {product_module.__name__})"
