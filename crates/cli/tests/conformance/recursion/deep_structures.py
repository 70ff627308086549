# Deeply nested data: building and freeing it is fine; repr/compare of too-deep nesting raise RecursionError.
nested = None
for i in range(200000):
    nested = [nested]
depth = 0
node = nested
while node is not None:
    node = node[0]
    depth += 1
print("depth", depth)
try:
    repr(nested)
except RecursionError as e:
    print("repr:", e)
other = None
for i in range(200000):
    other = [other]
try:
    print(nested == other)
except RecursionError as e:
    print("compare:", e)
del nested, other
d = {}
for i in range(100000):
    d = {"next": d}
print(len(d))
d = None
print("freed")
def gen(n):
    if n:
        yield from gen(n - 1)
    else:
        yield "bottom"
print(list(gen(100)))
try:
    list(gen(100000))
except RecursionError as e:
    print("generators:", e)
