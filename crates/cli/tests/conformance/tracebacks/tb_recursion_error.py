# Uncaught RecursionError: the traceback repeats lines and ends with "[Previous line repeated N more times]".
def countdown(n):
    return countdown(n - 1) + 1
print("starting")
countdown(10)
