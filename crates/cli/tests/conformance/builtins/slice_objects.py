# slice objects: attributes, indices(), using them on builtins and user __getitem__, repr and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2) == slice(1, 2))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[slice(None, 3)], range(12)[s])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[:], sh[1:2, 3], sh[..., 1])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
