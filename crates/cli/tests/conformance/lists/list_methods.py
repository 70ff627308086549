# list methods: append/extend/insert/pop/remove/index/count/clear/copy/reverse, and their errors.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.insert(0, 0)
a.insert(100, "end")
a.insert(-1, "before-end")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(5, 2), a.count(1), a.count(99))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is a)
b.clear()
print(b)
for fn, arg in [(a.remove, 42), (a.index, 42), ([].pop, None), (a.pop, 99)]:
    try:
        fn() if arg is None else fn(arg)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    a.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
