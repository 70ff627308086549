# global statement, module-level names from functions, locals()/globals() basics.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print(counter)
def make_global():
    global created_later
    created_later = "hello"
make_global()
print(created_later)
def read_only():
    return counter * 2
print(read_only())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print("counter" in globals(), globals()["counter"])
print(__name__)
