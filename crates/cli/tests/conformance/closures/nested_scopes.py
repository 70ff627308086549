# Three levels of nesting, nonlocal reaching the nearest scope, global vs nonlocal, class scope skipping.
x = "global"
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "set by c"
            return x
        return c()
    r = b()
    return r, x
print(a(), x)
def g():
    global x
    x = "set by g"
g()
print(x)
def class_scope():
    y = "function"
    class K:
        y = "class"
        def method(self):
            return y
        z = y
    return K().method(), K.z
print(class_scope())
def shadowing():
    v = 1
    def inner():
        v = 2
        return v
    return inner(), v
print(shadowing())
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return [step() for _ in range(3)], n
print(counter_gen())
