# Generator expressions: laziness, single use, in function calls, early evaluation of first iterable.
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
print(sum(x * x for x in range(10)), max((len(w), w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in []), "".join(c for c in "abc" if c != "b"))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(g3))
nested = ((i, j) for i in range(2) for j in (i * 10, i * 100))
print(list(nested))
print(type(g).__name__, sorted(x % 3 for x in range(7)))
