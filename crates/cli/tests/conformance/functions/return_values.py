# Return semantics: implicit None, multiple values, early return, return inside loops and try/finally.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early", i
    return "late", n
def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs")
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(nothing(), bare(), multi(), early(10), early(2))
print(finally_wins(), finally_overrides(), finally_swallows())
a, b, c = multi()
print(a, b, c)
