# dict: construction forms, insertion order, get/setdefault/pop/popitem/update/fromkeys, views.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(d.setdefault("a", 100), d.setdefault("new", []), d)
print(d.pop("new"), d.pop("zz", "default"), d.popitem(), d)
d.update({"a": -1, "q": 9}, w=7)
d.update([("p", 0)])
print(d)
print(d.keys(), d.values(), d.items())
del d["q"]
print(list(d.items())[0], d.copy() == d, d.copy() is d)
d.clear()
print(d, {} == dict(), {1: 2} == {1: 2.0})
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
