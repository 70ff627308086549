# sorted/min/max with key, default and reverse; ties keep the first; errors for empty sequences.
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(3, 1, 2), max("a", "B"))
print(max([], default="empty"), min((), default=None), max([1, 3, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]), max(range(10), key=lambda x: x % 4))
print(sorted([3, 1, 2], key=None), sorted({"b": 1, "a": 2}.items()), sorted([], reverse=True))
print(max(1, 2.5, key=float), min(True, 0), max("abc"))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: sorted(1), lambda: min([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
