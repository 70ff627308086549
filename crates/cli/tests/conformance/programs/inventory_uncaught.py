# Whole program ending in an uncaught error: an inventory update hits a KeyError in a nested helper.
stock = {"apple": 10, "pear": 4}
orders = [("apple", 3), ("pear", 4), ("plum", 1)]
def reserve(item, qty):
    if stock[item] < qty:
        raise ValueError(f"not enough {item}")
    stock[item] -= qty
def process(orders):
    for item, qty in orders:
        reserve(item, qty)
        print("reserved", qty, item, "->", stock)
process(orders)
