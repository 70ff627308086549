# Closures and cells: counters, nonlocal, late binding, class-body scopes, global declarations
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c2(), c1(), c2())
c1.reset()
print(c1(), c1.__closure__ is not None, len(c1.__closure__), c1.__code__.co_freevars)
print([cell.cell_contents for cell in c2.__closure__ if isinstance(cell.cell_contents, int)])
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])
def make_adders():
    return [(lambda x, n=n: x + n) for n in range(3)]
print([a(10) for a in make_adders()])
total = 0
def add_global(n):
    global total
    total += n
    return total
add_global(5)
add_global(7)
print(total)
def unbound():
    print(x_local)
    x_local = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(free_unbound())
def deleted():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__} {e}"
print(deleted())
def cell_deleted():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return f"{type(e).__name__} {e}"
print(cell_deleted())
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
x = "global"
class Scope:
    x = "class"
    y = x + "!"
    z = [x for _ in range(1)]
    def method(self):
        return x
print(Scope.y, Scope.z, Scope().method())
def nested():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += b
            return a
        return level3
    return level2()
l3 = nested()
print(l3(), l3(), l3.__code__.co_freevars)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))
def gen_closure():
    val = 0
    def g():
        nonlocal val
        while True:
            val += 1
            yield val
    return g(), lambda: val
it, peek = gen_closure()
next(it); next(it)
print(peek())
funcs = {}
for name in ["a", "b"]:
    def f(name=name):
        return name * 2
    funcs[name] = f
print({k: v() for k, v in funcs.items()})
def walrus_scope():
    data = [1, 5, 10, 3]
    if any((big := v) > 4 for v in data):
        return big
print(walrus_scope(), [y := 5, y ** 2])
