# round(): banker's rounding, ndigits (positive and negative), ints and floats; math-free floor/ceil.
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 3.51, -2.5]:
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-1.2345, 3))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, 0), round(7, 3), type(round(7, 3)).__name__)
print(round(1e300, 2), round(0.0, 3), round(-0.0))
print(round(2 ** 70 + 1, -5), round(123, None))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
