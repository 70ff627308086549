# Truthiness protocol: __bool__, __len__ fallback, errors for bad return values, len() checks.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print("yes" if L(2) else "no", not B(False), len(L(7)))
for bad in [B(1), B("x"), L(-1), L("3"), L(2 ** 100), L(1.5)]:
    try:
        bool(bad)
        print("ok for", type(bad).__name__)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(Both()), len(Both()))
