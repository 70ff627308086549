# Inventory report: classes, dict grouping, sorting, f-string table with widths/alignment/thousands separators
class Item:
    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category, self.qty, self.price = sku, name, category, qty, price
    @property
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
items = [
    Item("A100", "Widget", "hardware", 1200, 2.5),
    Item("A101", "Gadget", "hardware", 35, 129.99),
    Item("B200", "Manual", "books", 410, 15.0),
    Item("B201", "Cookbook", "books", 0, 29.95),
    Item("C300", "Coffee beans (1kg)", "food", 87, 18.4),
    Item("C301", "Tea", "food", 1500, 3.333),
]
header = f"{'SKU':<6}{'Name':<20}{'Qty':>8}{'Price':>10}{'Value':>14}"
print(header)
print("=" * len(header))
for it in sorted(items, key=lambda i: (-i.value, i.sku)):
    name = it.name if len(it.name) <= 18 else it.name[:17] + "…"
    print(f"{it.sku:<6}{name:<20}{it.qty:>8,}{it.price:>10.2f}{it.value:>14,.2f}")
print("-" * len(header))
total = sum(i.value for i in items)
print(f"{'TOTAL':<34}{sum(i.qty for i in items):>,}{total:>24,.2f}")
by_cat = {}
for it in items:
    by_cat.setdefault(it.category, []).append(it)
for cat, its in sorted(by_cat.items()):
    share = sum(i.value for i in its) / total
    bar = "#" * round(share * 40)
    print(f"{cat:>10} | {len(its):2d} items | {share:6.1%} | {bar}")
out_of_stock = [i.sku for i in items if not i.qty]
print("out of stock:", ", ".join(out_of_stock) or "none")
print("cheapest: %s at $%.2f" % min(((i.name, i.price) for i in items), key=lambda t: t[1]))
print("%-10s|%10s|%-+8d|%08.3f|%x" % ("left", "right", 42, 3.14159, 3054))
print("{:>12}|{:^12}|{:<12}|".format("r", "c", "l"), "{:,.3f}".format(1234567.891), "{:.2e}".format(0.000123456))
print(f"{0.5:.0%} {1/3:.3f} {2/3:.3g} {1e-10:g} {123456789:e} {42:#010b} {255:#06x} {-3.7:+.0f}")
print(f"{'pad':~^15}", f"{1234.5:_>12.1f}", f"{-42:<6d}|", f"{42:^+7d}|", f"{3:03}", f"{True!s:>6}")
