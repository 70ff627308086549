# shop.pricing: a module-level function plus a main guard that must not run on import.
def apply_discount(amount, pct):
    return round(amount * (100 - pct) / 100, 2)
if __name__ == "__main__":
    print("pricing run as a script")
else:
    print("pricing imported as", __name__)
