# compile() in 'exec', 'eval' and 'single' modes; eval/exec namespaces, locals in functions,
# code object attributes, and the SyntaxErrors of each mode.
import dis
code = compile("x * 2 + y", "<calc>", "eval")
print(code.co_name, code.co_filename, code.co_names, eval(code, {"x": 4, "y": 1}), eval(code, {}, {"x": 1, "y": 0}))
dis.dis(code)
dis.dis("a if b else c")
print(eval("  1 + 1"), eval(b"3 * 3"), eval("(lambda q: q * 2)(21)"), eval("[n for n in range(4) if n % 2]"))
single = compile("z = 7; z * 6", "<single>", "single")
ns = {}
exec(single, ns)
print(ns["z"])
exec(compile("if True:\n    'shown'\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
def outer():
    local_a = 10
    print(eval("local_a + 1"), eval("local_a", {"local_a": 99}), sorted(locals()))
    exec("local_b = 5")
    try:
        return eval("[local_a * k for k in range(3)]")
    except NameError as e:
        # The comprehension is its own scope: the function's locals are not visible there.
        return f"NameError: {e}"
print(outer())
g = {}
exec("def sq(v):\n    return v * v\nresult = sq(9)", g)
print(g["result"], "__builtins__" in g, type(g["sq"]).__name__, g["sq"].__module__ if "__name__" in g else "no module")
exec("counter = 1\ncounter += 1", g, l := {})
print(l, "counter" in g)
for src, mode in [("1 +", "eval"), ("x = 1", "eval"), ("1; 2", "eval"), ("a b", "exec"), ("def f(:", "exec"),
                  ("1\n2", "single"), ("(1,", "eval"), ("return 1", "exec"), ("  x", "exec"), ("yield", "exec")]:
    try:
        compile(src, "<t>", mode)
        print(mode, repr(src), "compiled")
    except SyntaxError as e:
        print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
for bad in [lambda: compile("1", "<t>", "nope"), lambda: compile(1, "<t>", "exec"), lambda: eval(1),
            lambda: exec("1", []), lambda: eval("1", []), lambda: eval("1", {}, 5), lambda: compile("1\0", "<t>", "exec")]:
    try:
        bad()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
