# dis.dis on small functions: arithmetic, conditionals, loops, calls and attribute access.
import dis
def add(a, b):
    return a + b
def branch(x):
    if x > 0:
        return "pos"
    return "non-pos"
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def method_call(obj):
    return obj.strip().upper()
for fn in (add, branch, loop, method_call):
    print(f"--- {fn.__name__} ---")
    dis.dis(fn)
