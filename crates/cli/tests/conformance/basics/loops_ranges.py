# range objects: iteration, slicing, negative steps, len, membership, repr and errors.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1])
print(7 in r, 9 in r, r.index(9), r.count(12))
print(range(5) == range(0, 5, 1), range(0) == range(3, 3))
print(list(range(-5, -1)), list(range(5, 5)), range(10**20)[-1], 10**20 in range(10**21))
print(bool(range(0)), bool(range(1)))
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step)
print(reversed(range(4)).__class__.__name__, list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
total = 0
for i in range(1, 101):
    total += i
print(total)
