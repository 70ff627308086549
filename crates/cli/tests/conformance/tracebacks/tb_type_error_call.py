# Uncaught TypeError for a missing argument, raised three calls deep, with the full call stack.
def c(x, y):
    return x * y
def b(v):
    return c(v)
def a():
    return b(2)
a()
