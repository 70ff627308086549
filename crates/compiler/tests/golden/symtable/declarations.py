# ---- global_basic
counter = 0
def bump():
    global counter
    counter += 1
def read_only():
    return counter
class K:
    global counter
    counter = 5
# ---- global_in_nested
def outer():
    x = 1
    def inner():
        global x
        x = 2
    def inner2():
        return x
    return inner, inner2
# ---- nonlocal_basic
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
# ---- nonlocal_through_levels
def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v = 2
        return c
    return b
# ---- global_module_level
global g
g = 1
# ---- implicit_global_after_global_decl
def f():
    global gg
    def h():
        return gg
    return h
# ---- err_used_prior_global
def f():
    print(x)
    global x
# ---- err_assigned_before_global
def f():
    x = 1
    global x
# ---- err_param_global
def f(x):
    global x
# ---- err_used_prior_nonlocal
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
# ---- err_assigned_before_nonlocal
def f():
    x = 1
    def g():
        x = 2
        nonlocal x
# ---- err_param_nonlocal
def f():
    x = 1
    def g(x):
        nonlocal x
# ---- err_nonlocal_module
nonlocal x
# ---- err_nonlocal_class_in_module
class C:
    nonlocal x
# ---- err_no_binding_nonlocal
def f():
    def g():
        nonlocal missing
# ---- err_nonlocal_and_global
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ---- err_annotated_global
def f():
    global x
    x: int = 1
# ---- err_annotated_nonlocal
def f():
    x = 1
    def g():
        nonlocal x
        x: int
# ---- err_annotated_then_global
def f():
    x: int
    global x
# ---- err_nonlocal_unicode_offsets
def f():
    éé = 1; global éé
