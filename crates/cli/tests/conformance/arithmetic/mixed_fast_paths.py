# Int and float operators on the VM's fast paths: every binary and in-place operator on
# int/int, float/float and the mixed forms, edge values near overflow and 2**53, NaN and
# infinities in comparisons, and the errors for division by zero.
import math

ints = [0, 1, -1, 7, -7, 2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -(2**63)]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, 2.0**53, math.inf, -math.inf, math.nan]

ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("<<", lambda a, b: a << b),
    (">>", lambda a, b: a >> b),
]


def show(x):
    return repr(x) + ":" + type(x).__name__


def attempt(fn, a, b):
    try:
        return show(fn(a, b))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for name, fn in ops:
    for a in ints:
        for b in [0, 1, -1, 3, 63, 64, 2**53]:
            if name in ("<<", ">>") and b > 64:
                continue
            print(a, name, b, "=", attempt(fn, a, b))

for name, fn in ops[:6]:
    for a in floats:
        for b in [0.0, 3.0, -0.5, math.inf, 2]:
            print(a, name, b, "=", attempt(fn, a, b))
    for a in [3, -3, 2**53 + 1, 2**63 - 1]:
        for b in [0.0, 0.5, -1.5]:
            print(a, name, b, "=", attempt(fn, a, b))

# In-place forms go through the same paths.
x = 10
x += 5
x -= 2.5
x *= 2
x //= 3
x %= 4
print(show(x))
n = 2**62
n += n
print(show(n))
n = -(2**63)
n -= 1
print(show(n))

compares = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
]
values = [0, 1, -1, 2**53, 2**53 + 1, 2**63 - 1, 0.0, -0.0, 1.0, 9007199254740992.0,
          9007199254740994.0, math.inf, math.nan, True]
for name, fn in compares:
    row = []
    for a in values:
        for b in values:
            row.append("T" if fn(a, b) else "F")
    print(name, "".join(row))

# A loop like the benchmarks': accumulating mixed values.
acc = 0
facc = 0.0
for i in range(1000):
    acc += (i * i) % 7
    facc += i * 0.5 - acc / 3
    if facc > acc:
        acc -= 1
print(acc, round(facc, 6))
