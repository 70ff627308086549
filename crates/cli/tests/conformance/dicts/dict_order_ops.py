# dict ordering after deletes/reinserts, | and |= merge, reversed(), equality ignores order.
d = {}
for k in "zyxw":
    d[k] = ord(k)
del d["y"]
d["y"] = 0
d["z"] = -1
print(d, list(reversed(d)), list(reversed(d.items())))
a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("d", 5)]
print(a)
print({"x": 1, "y": 2} == {"y": 2, "x": 1}, list({"x": 1, "y": 2}) == list({"y": 2, "x": 1}))
try:
    a | [("e", 1)]
except TypeError as e:
    print("TypeError:", e)
keys = a.keys()
a["late"] = 1
print(keys, len(keys))
