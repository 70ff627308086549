# Building strings: accumulation in loops, join vs +=, str() of nested containers, multiline text.
parts = []
for i in range(5):
    parts.append(f"[{i}:{i * i}]")
print("".join(parts))
acc = ""
for ch in "abcdef":
    acc += ch.upper() if ch in "aeiou" else ch
print(acc)
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
print(f"{'name':<8}{'qty':>5}{'price':>8}")
for name, qty, price in table:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("-" * 21)
print(f"{'total':<8}{sum(q for _, q, _ in table):>5}{sum(q * p for _, q, p in table):>8.2f}")
lines = "first\nsecond\nthird"
print("\n".join(f"{n}: {line}" for n, line in enumerate(lines.splitlines(), 1)))
print(repr("\n".join(["a", "b"]) + "\n"))
