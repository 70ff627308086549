# String indexing and slicing: negative indices, steps, out-of-range slices, IndexError.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2:-8:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], s[::-3], s[8:2:-1])
print(s[slice(2, 5)], s[slice(None, None, -2)], slice(1, 5, 2).indices(3))
for i in range(-11, 11, 4):
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
