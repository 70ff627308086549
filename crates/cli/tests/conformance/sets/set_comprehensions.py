# Set comprehensions and using sets for dedup, membership tests and simple graph reachability.
print({x % 5 for x in range(20)}, {c.lower() for c in "AbBa"} == {"a", "b"})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(sorted({w[0] for w in words}), len({len(w) for w in words}))
edges = {("a", "b"), ("b", "c"), ("c", "a"), ("d", "e")}
def reach(start):
    seen, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(dst for src, dst in edges if src == n)
    return sorted(seen)
print(reach("a"), reach("d"), reach("z"))
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1, 4] if not (x in seen or seen.add(x))]
print(dedup)
