# Uncaught TypeError from a bad call deep inside nested calls.
def level3(a, b):
    return a + b
def level2(x):
    return level3(x)
def level1():
    print("about to fail")
    return level2(1)
level1()
