# pkg.core: a plain module with a function and a module-level counter.
print("pkg.core running, __name__ =", __name__, "__package__ =", __package__)
calls = 0
def greet(name):
    global calls
    calls += 1
    return f"hello, {name} (call {calls})"
