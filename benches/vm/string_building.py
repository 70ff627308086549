# String building: +=, join, f-strings, str.format, % formatting, methods on the results.
parts = []
total = 0
for i in range(30_000):
    s = ""
    s += "item"
    s += str(i)
    line = f"{s}:{i * 3:>8}|{i / 7:.2f}"
    alt = "{}-{:04d}".format(s, i % 1000)
    old = "%s=%d (%x)" % (s, i, i)
    parts.append(line)
    total += len(line) + len(alt) + len(old)
    if len(parts) >= 100:
        joined = ", ".join(parts)
        total += len(joined.upper().split(", "))
        parts.clear()
print(total)
