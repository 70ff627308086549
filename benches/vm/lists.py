# Lists and tuples: comprehensions, append/pop, slicing, sorting with a key, unpacking.
data = [(i * 7919) % 1000 for i in range(2_000)]
total = 0
for rnd in range(60):
    squares = [x * x for x in data if x % 3]
    stack = []
    for x in data:
        stack.append(x)
        if len(stack) > 8:
            stack.pop(0)
    pairs = list(zip(data[::2], data[1::2]))
    pairs.sort(key=lambda p: (p[1], p[0]))
    a, b = pairs[rnd]
    total += len(squares) + sum(stack) + a - b + max(data[rnd:rnd + 50])
print(total)
