# Star-unpacking, nested unpacking, swaps, walrus in loops and comprehensions, chained comparisons
a, b, *rest = range(6)
*init, last = "hello"
first, *middle, final = [1, 2]
(x, y), [z, *w] = (1, 2), [3, 4, 5]
print(a, b, rest, init, last, first, middle, final, x, y, z, w)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab", *{"k": 1}], (*[1], *(2,)), {**{"a": 1}, "b": 2}, {*[1, 2], *(2, 3)} == {1, 2, 3})
print(*[1, 2, 3], sep="-")
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
for bad in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = [1, 2], 3"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
print([y for v in data if (y := v * 2) > 20], y)
chunks = iter(data)
while (chunk := next(chunks, None)) is not None:
    print(chunk, end=" ")
print()
total = 0
print([total := total + v for v in data], total)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, "a" < "b" < "c" <= "c", 2 in [1, 2] in [[1, 2]], None is None is not False)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print(0 < (n := 5) < 10, n, not 1 == 2, (1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd", (1, "a") < (1, "b"))
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
print(x if (x := 0) else "falsy", [i for i in range(3)] and "truthy", [] or {} or "last", 0 or None, 1 and 2 and 3, not [])
i = 10
print([i for i in range(3)], i)
g = (j * 2 for j in range(3))
print(sum(g), sum(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(divmod(17, 5), *divmod(17, 5), [(q, r) for q, r in [divmod(n, 3) for n in range(5)]])
