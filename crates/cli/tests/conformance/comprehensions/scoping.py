# Comprehension scoping: loop variables don't leak, class-body names and the first iterable.
x = "outer"
result = [x for x in range(3)]
print(result, x)
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    limit = 2
    try:
        filtered = [v for v in values if v > limit]
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)
def outer():
    n = 10
    return [n + i for i in range(3)]
print(outer())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
gen = (i * 2 for i in range(3))
print(list(gen), list(gen))
print({k: v for k, v in zip("ab", [1, 2])}, {i % 3 for i in range(10)})
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print("NameError:", e)
y = [1, 2]
print([y for y in y])
