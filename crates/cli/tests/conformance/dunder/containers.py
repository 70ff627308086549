# Container dunders: __getitem__/__setitem__/__delitem__ with ints and slices, __contains__, __reversed__.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return [key.start, key.stop, key.step]
        try:
            hash(key)
        except TypeError as e:
            return f"unhashable key {key!r}: {e}"
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __reversed__(self):
        return iter(["reversed", "custom"])
g = Grid()
g[1, 2] = "tuple key"
g[0] = 5
print(g[1, 2], g[0], g[::2], g[1:5], g[1:2, ::3], g[...])
del g[0]
print((1, 2) in g, 0 in g, 0 not in g, len(g), list(reversed(g)))
try:
    del g[99]
except KeyError as e:
    print("KeyError:", e)
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
class NoGet:
    pass
for fn in [lambda: NoGet()[0], lambda: NoGet().__setitem__, lambda: 1 in NoGet()]:
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    n = NoGet()
    n[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del NoGet()[0]
except TypeError as e:
    print("TypeError:", e)
