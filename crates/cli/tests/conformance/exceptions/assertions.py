# assert statements: messages, expressions with side effects, AssertionError args, uncaught assertion at the end.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x * 2
print(check(3))
for bad in [-1, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")
values = [1, 2, 3]
assert sum(values) == 6
assert len(values) == 4, ("length mismatch", len(values))
