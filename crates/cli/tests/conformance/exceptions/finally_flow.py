# try/except/else/finally control flow: return/break/continue in finally, re-raise, nested handlers, exception in handler
def f(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f("raise"), f("return"), f("none"))
def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def finally_overrides():
    for _ in range(1):
        try:
            raise KeyError("lost")
        finally:
            break
    return "break in finally swallowed"
print(finally_overrides())
def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e:
            raise ValueError("converted") from e
        finally:
            print("inner finally")
    except ValueError as e:
        return f"{e} <- {e.__cause__!r}"
print(nested())
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            None.attr
        except AttributeError as e:
            return f"{type(e).__name__}: {e}; context={type(e.__context__).__name__}"
print(handler_raises())
def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("caught again:", e)
def bare_raise_no_active():
    raise
try:
    bare_raise_no_active()
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
def exc_info_in_finally():
    try:
        raise OSError("os")
    except OSError:
        pass
    finally:
        return sys.exc_info()[0]
print(exc_info_in_finally())
def with_else_exception():
    try:
        pass
    except Exception:
        return "nope"
    else:
        raise LookupError("from else")
try:
    with_else_exception()
except LookupError as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("succeeded after", count)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in gen_finally():
    print("got", x)
    break
print("after break")
try:
    try:
        raise ValueError("a")
    finally:
        print("finally with pending exception")
except ValueError as e:
    print("propagated", e)
def deep(n):
    if n == 0:
        raise ArithmeticError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwind", n)
try:
    deep(3)
except ArithmeticError as e:
    print(type(e).__name__, e)
