# __context__/__cause__/__suppress_context__, raise from None, finally overriding returns, exception attributes and reprs.
import sys
def chain_info(e):
    return (type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(chain_info(e))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("explicit") from k
except RuntimeError as e:
    print(chain_info(e))
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(chain_info(e))
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())
def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"
print(finally_swallows())
def finally_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("x")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log
print(finally_order())
def else_runs():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally before return")
print(else_runs())
print(sys.exc_info())
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, str(e))
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), StopIteration(5),
            SystemExit(3), Exception(None), UnicodeError("u"), AssertionError("assert")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
try:
    try:
        raise ValueError("original")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print(repr(second.__context__), second.__context__ is first)
            print(repr(sys.exc_info()[1]))
        print(repr(sys.exc_info()[1]))
        raise
except ValueError as again:
    print("re-raised", repr(again), again.__context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyError(42, "bad thing")
except MyError as e:
    print(repr(e), str(e), e.code, isinstance(e, Exception))
e = Exception("tb")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise Exception("x")
except Exception as ex:
    tb = ex.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next)
def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup 1")
    finally:
        print("cleanup 2")
try:
    nested_finally()
except ValueError as e:
    print("got", e)
