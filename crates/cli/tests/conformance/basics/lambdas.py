# Lambdas: defaults, closures, immediately invoked, in sort keys, names.
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print((lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12) + "!")
print((lambda x: (yield x))(5).__class__.__name__)
