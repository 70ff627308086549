# Default argument values: evaluated once, mutable default pitfall, None idiom, __defaults__.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(a, b=next_id(), c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2), f(3, 9, []), f(4))
print(f.__defaults__)
def g(items=None):
    if items is None:
        items = []
    items.append(1)
    return items
print(g(), g(), g([0]))
def h(x, y=2, *, z=3):
    return x, y, z
print(h(1), h(1, 5), h(1, z=7), h.__defaults__, h.__kwdefaults__)
h.__defaults__ = (100,)
print(h(0))
