# Dictionary views: live updates, set operations on keys()/items(), membership, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(("a", 1) in it, ("a", 2) in it, 2 in v, "a" in k, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(it & {("b", 2), ("b", 3)}), k.mapping["a"], type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, list(reversed(k)))
try:
    for key in d:
        if key == "a":
            d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
