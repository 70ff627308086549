# Closures, lambdas as keys, and list/dict/set comprehensions.
def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def counter():
    n = 0
    def bump(step=1):
        nonlocal n
        n += step
        return n
    return bump


scalers = [make_scaler(k) for k in range(1, 6)]
bump = counter()
words = ["w%d" % (i * 37 % 101) for i in range(200)]
total = 0
for rnd in range(200):
    squares = [x * x for x in range(200) if x % 3]
    table = {w: len(w) + i for i, w in enumerate(words)}
    seen = {x % 17 for x in squares}
    scaled = [f(x) for f in scalers for x in (1, 2, 3)]
    ordered = sorted(words, key=lambda w: (len(w), w))
    total += sum(squares) + len(table) + len(seen) + sum(scaled) + len(ordered[0])
    total += bump() + bump(2)
print(total)
