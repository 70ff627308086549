# String sets and dict-free hashing under PYTHONHASHSEED=0: order of a str set and str hash values.
s = set(["apple", "banana", "cherry", "date"])
print(sorted(s))
print(s)
print(hash("abc"), hash(""), hash("a"), hash(b"abc"), hash(("a", 1)))
print(set(["x", "y", "z"]) | {"w"})
print(frozenset("hello"))
