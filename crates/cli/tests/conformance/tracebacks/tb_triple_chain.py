# Three-level chain mixing explicit cause and implicit context in one uncaught traceback.
def step1():
    return 1 / 0
def step2():
    try:
        step1()
    except ZeroDivisionError as e:
        raise ValueError("step2 failed") from e
def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError("step3 failed")
step3()
