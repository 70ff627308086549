# yield from: delegation, return value of the subgenerator, send/throw forwarded, iterables.
def sub():
    x = yield "sub1"
    print("sub received", x)
    y = yield "sub2"
    print("sub received", y)
    return "sub-result"
def outer():
    result = yield from sub()
    print("outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(list(g))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "sub caught"
def delegator():
    yield from thrower()
    yield "after"
d = delegator()
next(d)
print(d.throw(KeyError))
print(next(d))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 0}, "xy")))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
