# Uncaught exception raised inside a generator consumed by a comprehension, with carets in each frame
def parse_rows(lines):
    for n, line in enumerate(lines, 1):
        name, qty = line.split(",")
        yield name.strip(), int(qty)
def totals(lines):
    return {name: qty * 2 for name, qty in parse_rows(lines)}
print(totals(["a, 1", "b, 2"]))
print(totals(["a, 1", "b, two"]))
