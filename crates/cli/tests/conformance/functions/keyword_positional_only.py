# Keyword-only and positional-only parameters, and a kwargs name that shadows a positional-only one.
def f(a, b, /, c, *, d):
    return (a, b, c, d)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(*, key="default"):
    return key
print(h(), h(key="given"))
def k(a, /):
    return a
print(k(5))
for call in [lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: h(1), lambda: k(a=1), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
