# if/elif/else, while/else, for/else, break/continue, nested loops and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"

for n in (-3, 0, 7, 10):
    print(n, classify(n))

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("while-else not reached")

j = 0
while j < 3:
    j += 1
else:
    print("while-else ran, j =", j)

for x in range(10):
    if x * x > 20:
        print("found", x)
        break
else:
    print("not found")

for x in []:
    pass
else:
    print("for-else on empty")

for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            break
        print("pair", a, b)

if not []:
    pass
print("done")
