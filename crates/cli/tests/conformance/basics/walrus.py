# Assignment expressions (:=) in conditions, loops, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print("got", v)
print([y for x in data if (y := x * 2) > 8])
print(y)
total = 0
print([total := total + x for x in data])
print(total)
print((z := 10) + z)
def f(a):
    return a * 3
print(f(w := 4), w)
