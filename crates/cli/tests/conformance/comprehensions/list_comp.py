# List comprehensions: filters, nested loops, nested comprehensions, conditional expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(4)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([i for i in []], [[] for _ in range(2)])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
