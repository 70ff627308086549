# len() on every builtin container, enumerate with start, zip (incl. strict) and reversed.
print(len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(frozenset()), len(bytearray(4)))
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate([], 1)))
print(list(zip()), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef")), list(zip(range(3), strict=True) if False else zip(range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xyz")
print(next(e), next(e), list(e))
z = zip([1, 2, 3], "ab")
print(next(z), list(z))
