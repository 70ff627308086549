# Loops and integer arithmetic: nested for/while loops over ranges.
total = 0
for i in range(2_000):
    j = 0
    while j < 500:
        total += (i * j) % 7
        j += 1
print(total)
