# List operators: +, *, +=, *= aliasing, in, comparisons, nested list pitfalls, equality and identity.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
c = [1]
c *= 3
print(c, [] * 5, [None] * 2, 2 * [7])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] < [1, [3]], [] < [0], [2] > [1, 9])
print(3 in [1, [3]], [3] in [1, [3]], list("ab") + list((1, 2)))
a += "cd"
print(a)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * [2]
except TypeError as e:
    print("TypeError:", e)
