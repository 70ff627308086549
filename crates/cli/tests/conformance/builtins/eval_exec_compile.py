# eval/exec/compile with explicit globals and locals dicts, and SyntaxError messages from eval.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a + 1\nresult = f(41)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
g = {"y": 1}
l = {"y": 2}
print(eval("y", g, l), eval("y", g))
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 1, "b": 2}))
exec(compile("z = 5", "<stmt>", "exec"), g)
print(g["z"])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
