# globals() mutation creates variables, locals() snapshot semantics in functions, builtins lookup order.
globals()["dynamic"] = "made via globals()"
print(dynamic)
def f():
    x = 1
    loc = locals()
    loc["x"] = 99
    y = 2
    return x, sorted(loc), sorted(locals())
print(f())
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
import builtins
print(builtins.len is len, "len" in globals(), "print" in vars(builtins))
def uses_builtin():
    return abs(-3)
builtins_abs = builtins.abs
builtins.abs = lambda v: "patched abs"
print(uses_builtin())
builtins.abs = builtins_abs
print(uses_builtin())
