# Late binding of closure variables in loops, and the default-argument and factory fixes.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 10
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
def factory(n):
    return lambda: n
print([factory(n)() for n in range(3)])
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())
def cells():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = "changed"
    return fs
print([f() for f in cells()])
