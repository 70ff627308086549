# Errors raised inside except and finally blocks, sys.exc_info() inside and after handlers.
import sys
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def handler_fails():
    try:
        [][1]
    except IndexError:
        return {}["missing"]
try:
    handler_fails()
except KeyError as e:
    print("KeyError:", e, "context:", type(e.__context__).__name__)
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0])
print(next(g))
