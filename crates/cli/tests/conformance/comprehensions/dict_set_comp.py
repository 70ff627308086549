# Dict and set comprehensions with conditions, nested loops, key collisions and walrus.
words = "one two three four five six".split()
print({w: len(w) for w in words})
print({len(w): w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({x * y for x in range(4) for y in range(4)})
print({k: v for k, v in enumerate("abc") if k != 1})
print({(n := len(w)): n * 2 for w in words})
print(dict(zip(words, range(100))))
