# Tuples: packing, single-element repr, methods, concatenation, comparison, hashing, immutability.
t = 1, 2, 3
print(t, (1,), (), tuple(), tuple("ab"), tuple([1, [2]]), type(()).__name__)
print(t + (4,), t * 2, t[1:], t[::-1], len(t), 2 in t, t.index(3), t.count(2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash(("a", 1.5, False)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], max(nested), sorted([(2, "b"), (1, "z"), (2, "a")]))
a, b, c = t
print(a + b + c)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
lst_in_tuple = ([1],)
lst_in_tuple[0].append(2)
print(lst_in_tuple)
try:
    lst_in_tuple[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(lst_in_tuple)
