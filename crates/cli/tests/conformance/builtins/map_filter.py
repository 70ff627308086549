# map and filter: laziness, multiple iterables, None as predicate, exhaustion, errors.
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(map(len, ["a", "bb"])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, "", [], 1, "a"])))
print(list(filter(str.isdigit, "a1b2c3")))
def loud(x):
    print("mapping", x)
    return x
lazy = map(loud, [1, 2])
print("nothing mapped yet")
print(list(lazy))
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(1, [1]))
except TypeError as e:
    print("TypeError:", e)
