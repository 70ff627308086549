# raise forms: class vs instance, bare re-raise, re-raise after handling, raising non-exceptions.
def f(x):
    try:
        raise x
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(f(ValueError), f(ValueError("instance")), f(KeyError), f(5), f(object), f("str"))
try:
    try:
        raise IndexError("original")
    except IndexError:
        print("handling, re-raising")
        raise
except IndexError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_in_finally():
    try:
        raise ValueError("from try")
    finally:
        print("finally during propagation")
try:
    reraise_in_finally()
except ValueError as e:
    print("caught", e)
try:
    raise TypeError("typed") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
e = ValueError("saved")
try:
    raise e
except ValueError as caught:
    print(caught is e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class CustomNew(Exception):
    def __init__(self):
        super().__init__("made by class call")
try:
    raise CustomNew
except CustomNew as e:
    print(e)
