# UnboundLocalError and free-variable NameError messages (3.11 wording).
x = 5
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(g())
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def k(flag):
    if flag:
        w = "set"
    return w
print(k(True))
try:
    k(False)
except NameError as e:
    print(type(e).__name__, e)
