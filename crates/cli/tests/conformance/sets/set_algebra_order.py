# Set algebra keeps CPython's table layout: the order in which results print depends on
# which operand is walked, up-front resizes, dummy slots left by removals, and pop's finger.
a = set(range(0, 40, 3))
b = set([5, 6, 7, 8, 9, 100, 200, 300, 33, 36])
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a, sep="\n")
print(a.union(b, [1000, 7], range(45, 50)))
print(a.intersection(b, range(30, 40)), a.difference(b, {0, 3}), a.symmetric_difference([6, 7, 8]))

s = {0, 1, 2, 3}
s.discard(2)
s.add(10)
print(s)

s = set(range(24))
for x in range(4, 12):
    s.discard(x)
s ^= set(range(4, 28))
print(s)

s = {189, 1, 4, 7, 6, 4, 0, -1}
s.add(149)
s.update({212, 9, 0, 170, 9}, {-4, 128, 163, 5, 11, 10, 3})
print(s)

c = {1, 2, 3, 4}
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {99}
print(c)

d = set(range(100))
d -= set(range(0, 100, 2))
print(d)
d.difference_update(range(1, 60, 3))
print(d, len(d))
d.intersection_update(range(50), [51, 53, 55] + list(range(40)))
print(d)

p = set(range(20, 0, -3))
print([p.pop() for _ in range(3)], p)
p.update(range(50, 60))
print(p.pop(), p)

print(set(dict.fromkeys([300, 2, 257, 1, 513])), frozenset({9: 1, 1: 2, 17: 3}))
print(set("") | set(), set([-1, -2, -3]) | {-4}, {2**40, 2**41 + 1, 7} & {7, 2**40})
print({1.5, 2.5, 1, 2} ^ {2.0, 3}, {(1, 2), (3, 4)} | {(1, 2), (5, 6)})
for k in {-4, 128, 163, 5, 11, 10, 3}:
    print(k, end=" ")
print()
print(3 in {-4, 128, 163}, {7} in {frozenset({7})}, sorted({3, 1, 2} - {1}))
