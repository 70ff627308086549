# pkg.broken: fails while being imported (used by import_errors.py).
print("pkg.broken starting")
value = 1 / 0
