# Float arithmetic: floor division and modulo signs, divmod, pow, comparisons with ints.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (5.0, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1)
print(2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 2, 2 ** -2.0, 10.0 ** -3)
print(1.0 == 1, 1.5 > 1, 0.5 < 1, 2 ** 53 + 1 > float(2 ** 53))
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
print(sum([0.1] * 10), 0.1 * 10)
try:
    (-8.0) ** 0.5
    print("complex result:", (-8.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
