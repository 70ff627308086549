# Errors raised inside comprehensions propagate with the original exception and message.
data = [1, 2, 0, 4]
try:
    print([10 // x for x in data])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print({k: v for k, v in [(1, 2), (3,)]})
except ValueError as e:
    print("ValueError:", e)
try:
    print({[x] for x in range(2)})
except TypeError as e:
    print("TypeError:", e)
try:
    print([x.upper() for x in ["a", 1]])
except AttributeError as e:
    print("AttributeError:", e)
def check(v):
    if v > 2:
        raise ValueError(f"too big: {v}")
    return v
try:
    print(sum(check(v) for v in range(5)))
except ValueError as e:
    print("ValueError:", e)
