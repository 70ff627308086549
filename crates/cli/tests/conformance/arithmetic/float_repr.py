# Float repr/str: shortest round-trip repr, exponents, special values, signed zero.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e16, 1e15, 123456789.0, 1e22, 1e-4, 1e-5,
          0.0001234, 1.5e-7, 5e-324, 1.7976931348623157e308, 2.5, -0.0, 0.0, 3.14159, 1e100, 12345678901234567890.0]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("  1.5  "), float("1e5"), float("-.5"), float("+3"), float("Infinity"), float("NaN"))
print(float("1_000.5"), float(7), float(-0))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e308 * 10, -1e308 * 10)
print(round(2.675, 2), 2.675, 0.5 + 0.25)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), float.fromhex("0x1.8p1"), (-0.0).hex(), (0.1).hex())
print(float("inf") - float("inf"), float("inf") * 0)
print(int(1e20), int(-1.5e10), int(2.0 ** 70))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
