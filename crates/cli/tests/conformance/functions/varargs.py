# *args and **kwargs: collection, forwarding, ordering of keyword arguments, mixing with defaults.
def f(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"
print(f(1, c=3))
print(f(1, 2, 3, 4, 5, c=6, e=7, f=8))
print(f(*range(4), **{"c": 0, "zz": 1}))
print(f(c=1, a=0, x=9, d=None))
def forward(*args, **kwargs):
    return f(*args, **kwargs)
print(forward(10, 20, c=30))
def count(*args, **kwargs):
    return len(args), len(kwargs), type(args).__name__, type(kwargs).__name__
print(count(), count(1, 2, x=3))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))
