# try/except* with and without names, else and finally; handlers in loops and at module level.
def f():
    try:
        g()
    except* ValueError:
        pass

def f2():
    try:
        g()
    except* (ValueError, TypeError) as e:
        print(e)
    except* OSError as e2:
        raise
    else:
        print("no error")

def f3():
    try:
        g()
    except* KeyError:
        h()
    finally:
        print("done")

def f4():
    for x in y:
        try:
            g(x)
        except* Exception as eg:
            del eg
    try:
        pass
    except* E:
        pass
    return 1

try:
    import foo
except* ImportError as err:
    foo = None
except* BaseException:
    raise
