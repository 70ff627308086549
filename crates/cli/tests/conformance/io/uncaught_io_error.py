# An uncaught FileNotFoundError ends the program with CPython's traceback.
def load(name):
    with open(name) as f:
        return f.read()


print("before")
load("no_such_file_for_pyvm_conformance.txt")
print("not reached")
