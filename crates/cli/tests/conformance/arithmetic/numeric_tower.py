# Mixed int/float/bool/complex arithmetic, hash equality across types, numeric type results.
print(1 + 1.0, type(1 + 1.0).__name__, True + 1.5, 2 * (1 + 0j), type(True + True).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(-2), hash(float("inf")))
print(hash(1.5) == hash(3 / 2), hash(10 ** 20) == hash(1e20))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print(7 // 2.0, 7 % 2.5, 2 ** 0.5 * 2 ** 0.5, 10 / 2 == 5)
print(int.__add__(1, 2), float.__mul__(2.0, 3.0), int.__add__(1, 2.0))
print((5).__truediv__(2), (5).__rtruediv__(2), (2.0).__rfloordiv__(7))
print(max(1, 2.0, True), min(-1, -1.0), sorted([3, 1.5, True, 0]))
