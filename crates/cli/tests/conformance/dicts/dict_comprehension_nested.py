# Nested dicts, dict comprehensions, inverting and grouping, counting words.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: n for w, n in counts.items() if n > 1})
print({n: w for w, n in counts.items()})
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print({(i, j): i * j for i in range(3) for j in range(i)})
matrix = {r: {c: r * 3 + c for c in range(3)} for r in range(2)}
print(matrix, matrix[1][2])
print(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
