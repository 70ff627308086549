# Assignment forms: chained, tuple unpacking, starred, nested targets, swaps, augmented.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, (t, *u)] = [10, (20, 30, 40)]
print(s, t, u)
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 50
print(n)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"] = d["b"] = []
d["a"].append(1)
print(d)
for k, (v1, v2) in [("x", (1, 2)), ("y", (3, 4))]:
    print(k, v1 + v2)
try:
    e1, e2 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    e1, e2, e3 = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a1, *a2, a3 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    f1, f2 = 5
except TypeError as e:
    print("TypeError:", e)
