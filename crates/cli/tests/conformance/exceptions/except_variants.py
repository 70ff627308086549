# except clauses: tuples of types, dynamic tuples, non-exception in except raises TypeError, bare except.
errors = (KeyError, ZeroDivisionError)
for action in [lambda: {}["x"], lambda: 1 / 0, lambda: [][0], lambda: int("q")]:
    try:
        action()
    except errors as e:
        print("in tuple:", type(e).__name__)
    except:
        print("bare except caught something")
def catch_with(obj):
    try:
        raise ValueError("v")
    except obj:
        return "caught"
try:
    catch_with(42)
except TypeError as e:
    print("TypeError:", e)
try:
    catch_with((ValueError, "not a class"))
except TypeError as e:
    print("TypeError:", e)
print(catch_with(Exception), catch_with((TypeError, ValueError)), catch_with(BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
def gen_exit():
    try:
        yield
    except Exception:
        print("Exception does not catch GeneratorExit")
    finally:
        print("finally on close")
g = gen_exit()
next(g)
g.close()
