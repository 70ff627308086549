# Conditional expressions, nested ternaries, short-circuit evaluation order.
def show(tag, value):
    print("eval", tag)
    return value
for n in range(-1, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(show("a", 1) if show("cond", True) else show("b", 2))
print(show("a", 1) if show("cond", False) else show("b", 2))
print(show("x", 0) or show("y", 5))
print(show("x", 3) and show("y", 4))
print(show("x", []) and show("y", "never"))
x = 5
print("big" if x > 3 else "small", ("big" if x > 10 else "small"))
