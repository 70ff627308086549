# List index and type errors: messages for out-of-range reads, writes, deletes and bad index types.
a = [1, 2, 3]
for fn in [lambda: a[3], lambda: a[-4], lambda: a.__setitem__(5, 0), lambda: a.__delitem__(10),
           lambda: a["1"], lambda: a[1.0], lambda: a.__setitem__(None, 1), lambda: a.pop(5)]:
    try:
        fn()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(a[True], a[-3])
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError:", e)
