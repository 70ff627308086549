# Uncaught exception class raised without arguments: the last line is just the class name.
class Empty(Exception):
    pass
def f():
    raise Empty
f()
