# dict methods and idioms: get/setdefault/pop/popitem/update/merge operators/views/comprehensions/ordering
inv = {"apple": 3, "pear": 0, "fig": 12}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", -1), inv.setdefault("kiwi", 5), inv.setdefault("apple", 99), inv)
print(inv.pop("pear"), inv.pop("none", "dflt"), inv.popitem(), inv)
try:
    inv.pop("none")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
inv.update({"fig": 1}, plum=4)
inv.update([("date", 7)])
print(inv, len(inv), "fig" in inv, 4 in inv, list(inv), list(inv.values()), list(inv.items()))
a, b = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, dict(a, **b))
a |= {"w": 0}
print(a)
keys = a.keys()
a["new"] = 1
print(keys, len(keys), keys & {"x", "q"}, sorted(keys | {"q"}), sorted(keys - {"x"}), "x" in keys, a.items() & {("x", 1)})
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict(zip("abc", range(3))), dict([(1, 2)]), dict(a=1))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()}, sorted(squares, reverse=True))
d = {}
for word in "one two three two one two".split():
    d[word] = d.get(word, 0) + 1
print(d, max(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1]))
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key"}[(1, 2)], {None: 0}[None])
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c"))
c = nested.copy()
c["a"]["b"]["c"] = 2
print(nested, c == nested, c is nested, {1: 2} == {1: 2.0}, {1: 2} != {2: 1})
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
del c["a"]
print(c, d.clear(), d)
print(dict(sorted({"b": 2, "a": 1}.items())), list({"b": 1, "a": 2}.items())[0])
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
