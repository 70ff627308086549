# Comprehensions: nested loops, conditions, scope of loop variables, class-body comprehensions, generator expressions
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [x for row in grid for x in row if x % 2], [[x * 2 for x in row] for row in grid if sum(row) > 5])
print({x % 3 for x in range(10)}, {x: [y for y in range(x)] for x in range(4)}, sum(x * x for x in range(10)))
pairs = [(a, b) for a in range(4) for b in range(a) if (a + b) % 2]
print(pairs, [(a, b) for a in "ab" for b in "xy"], [c.upper() for c in "hello" if c not in "l"])
print([x if x > 2 else -x for x in range(5)], [[y for y in range(x)] for x in range(4)], list(map(lambda t: t[0] * t[1], pairs)))
class K:
    base = 10
    vals = [i for i in range(3)]
    try:
        shifted = [i + base for i in range(3)]
    except NameError as e:
        shifted = f"{type(e).__name__}: {e}"
    firsts = [base for _ in range(2)] if False else None
print(K.vals, K.shifted)
x = "outer"
print([x for x in range(2)], x)
gen = (n * n for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(any(v > 3 for v in [1, 5]), all(v for v in []), max((len(w), w) for w in ["aa", "b", "ccc"]), min(range(5), key=lambda v: (v - 2) ** 2))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(i, j) for i in range(3) for j in range(i, 3) if i != j], [i for i in range(20) if i % 2 if i % 3])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print(dict((k, v) for k, v in zip("ab", [1, 2])), set(c for c in "mississippi") == set("misp"), tuple(i for i in range(3)))
words = "the quick brown fox jumps over the lazy dog".split()
by_len = {}
[by_len.setdefault(len(w), []).append(w) for w in words]
print(by_len, {w[0]: w for w in words}, sorted({len(w) for w in words}))
print([[1 if r == c else 0 for c in range(3)] for r in range(3)], [row[:] for row in grid][0] is not grid[0])
flat = lambda l: [x for sub in l for x in (flat(sub) if isinstance(sub, list) else [sub])]
print(flat([1, [2, [3, [4]], 5], [[6]]]))
async def agen():
    for i in range(3):
        yield i
async def use():
    return [i async for i in agen() if i], {i: i async for i in agen()}
c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
