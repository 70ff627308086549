# Cells: closures see later rebinding, cells survive the frame, closures over loop and parameters.
def make():
    value = "first"
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make()
print(get())
set_("second")
print(get(), get.__closure__[0] is set_.__closure__[0])
def params(a, b):
    def inner():
        return a + b
    a = a * 10
    return inner
print(params(1, 2)())
def deep():
    lst = []
    def adder(v):
        lst.append(v)
        return lst
    return adder
add = deep()
add(1)
print(add(2))
def gen_closure():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    return [acc(i) for i in range(5)]
print(gen_closure())
