# Generators implement the iterator protocol: iter(g) is g, used by zip/enumerate/dict/unpacking.
def letters():
    yield from "abc"
g = letters()
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
print(list(zip(letters(), range(10))), dict(enumerate(letters())), [*letters()])
a, b, c = letters()
print(a, b, c)
print("b" in letters(), sorted(letters(), reverse=True), "-".join(letters()))
def squares(n):
    for i in range(n):
        yield i * i
it = squares(5)
for v in it:
    if v == 4:
        break
print(list(it))
print(sum(squares(10)), min(squares(4)), tuple(squares(3)), set(squares(3)) == {0, 1, 4})
