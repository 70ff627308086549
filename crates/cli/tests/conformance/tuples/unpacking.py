# Iterable unpacking: star targets, in for loops, in calls, in literals, and error messages.
a, *b = range(5)
*c, d = "xyz"
e, *f, g = (1, 2)
print(a, b, c, d, e, f, g)
print([*range(3), *"ab", *(None,)], (*[1, 2], 3), {*"aab"} == {"a", "b"}, {**{"x": 1}, "y": 2, **{"x": 3}})
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show(*[1, 2], 3, *(4,), **{"k": 1}, z=2, **{"m": 3}))
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
first, second, *_ = "hello"
print(first, second)
for bad in [lambda: [*5], lambda: show(**[1]), lambda: show(**{1: 2}), lambda: show(*None), lambda: show(**{"a": 1}, a=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for seq in [[], [1], [1, 2, 3, 4]]:
    try:
        p, q, r = seq
    except ValueError as e:
        print("ValueError:", e)
try:
    (h, i), j = 1, 2
except TypeError as e:
    print("TypeError:", e)
