# Iteration order of int sets (hash-table order, as CPython prints it), after adds and removes.
# Sets with colliding hashes are built at runtime: a constant set display becomes a frozenset
# constant whose order can differ between a fresh compile and a .pyc load.
print({5, 3, 1, 4, 2}, {100, 10, 1000, 1}, set([-1, -2, 0, 1]), set([8, 16, 32, 64, 0]))
s = set()
for i in [33, 1, 17, 65, 9]:
    s.add(i)
print(s, list(s))
s.discard(1)
s.add(49)
print(s)
print(set(range(20, 0, -3)), set([2 ** 40, 2 ** 40 + 1, 7]), set([-5, 5, -10, 10]))
print(set([1.5, 0.5, 2.0]), set([True, 2, 0]), {None, 1}.__len__())
big = set(range(100))
for i in range(0, 100, 2):
    big.discard(i)
print(sorted(big)[:5], len(big), min(big), max(big))
print({(1, 2), (0, 0), (2, 1)} == {(2, 1), (1, 2), (0, 0)}, sorted({(1, 2), (0, 0), (2, 1)}))
print(frozenset({3, 2, 1}), frozenset(range(10, 0, -1)))
