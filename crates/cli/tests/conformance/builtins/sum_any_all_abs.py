# sum (start values, floats, bigints), any/all short-circuiting, abs of all numeric types.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 3), sum(range(101)), sum([[1], [2]], []), sum([1, 2.5]), sum([True, True]))
print(sum([10 ** 20, 10 ** 20]), sum((1j, 2)), sum([0.5, 0.25], start=1))
def probe(v):
    print("probe", v)
    return v
print(any(probe(x) for x in [0, 1, 2]), all(probe(x) for x in [1, 0, 2]))
print(any([]), all([]), any([0, ""]), all([1, "a"]), any("ab"), all(x > 0 for x in range(1, 4)))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
