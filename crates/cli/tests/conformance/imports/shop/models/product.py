# shop.models.product: a simple class with a repr.
class Product:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f"Product({self.name!r}, {self.price})"
