# Integer operators: + - * / // % ** with negatives, true division results, precedence.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, (-8) ** (1 / 3) == 1)
print(2 + 3 * 4 ** 2 // 5 - 1, (2 + 3) * 4, -3 ** 2, +-+5)
print(10 / 4, 10 / 5, -1 / 3, 1 / 3 * 3)
print(int("42"), int("-0"), int("  12  "), int("1_000"), int(3.99), int(-3.99), int(True))
print(abs(-5), abs(5), -(-5), ~5, ~-1)
for text in ["12a", "", "1__0", "3.5"]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
for op in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 0 ** -1]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
