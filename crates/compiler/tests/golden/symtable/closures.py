# ---- cells_and_frees
def outer(p):
    cell = 1
    unused = 2
    def middle():
        def inner():
            return cell, p, glob
        return inner
    return middle
# ---- class_passthrough
def f():
    x = 1
    class C:
        def m(self):
            return x
    return C
# ---- class_binds_same_name
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C
# ---- class_global_same_name
def f():
    x = 1
    class C:
        global x
        def m(self):
            return x
    return C
# ---- super_and_class_cell
class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def plain(self):
        return 1
    @staticmethod
    def s():
        return lambda: super
# ---- super_at_class_level
class B:
    s = super
# ---- nested_classes
class Outer:
    class Inner:
        def m(self):
            super().m()
    def n(self):
        return [super() for _ in ()]
# ---- free_in_comprehension
def f(n):
    k = 3
    return [i * k for i in range(n)]
# ---- implicit_nested_globals
def f():
    def g():
        return undefined_name
    return g
# ---- rebinding_shadow
def f():
    a = 1
    def g():
        a = 2
        def h():
            return a
        return h
    return g
