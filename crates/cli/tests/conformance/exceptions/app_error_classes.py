# Custom exception classes: args, __str__, __repr__, attributes, notes, chaining, groups of handlers
class AppError(Exception):
    """Base application error."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class NotFound(AppError, LookupError):
    pass
class Silent(AppError):
    def __init__(self):
        pass

for exc in [AppError(), AppError("one"), AppError("a", 2), ValidationError("age", "too small"), NotFound("key"), Silent(), KeyError("k"), KeyError(), KeyError("a", "b"), OSError(2, "No such file"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
print(NotFound.__mro__)
print(AppError.__doc__, issubclass(NotFound, LookupError), isinstance(NotFound(), Exception))
try:
    raise NotFound("missing item")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e)
try:
    raise ValidationError("name", "empty")
except (TypeError, AppError) as e:
    print("tuple handler", e, e.field)
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)

def parse(s):
    try:
        return int(s)
    except ValueError as exc:
        raise ValidationError("number", f"cannot parse {s!r}") from exc
try:
    parse("x1")
except ValidationError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def cleanup_order():
    log = []
    try:
        try:
            log.append("try")
            raise TypeError("t")
        except TypeError:
            log.append("except")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(f"outer {e}")
    return log
print(cleanup_order())
def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(finally_return())
def else_branch():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return f"else {x}"
    finally:
        print("finally runs before return")
print(else_branch())
for exc_type in [ValueError, IndexError, KeyError, ZeroDivisionError]:
    try:
        raise exc_type("x")
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError as e:
    print("bare class raise", repr(e))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
e = None
try:
    raise KeyError("scoped")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
print(isinstance(BaseException(), Exception), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
import sys
try:
    raise IndexError("current")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "n/a")
print(sys.exc_info())
err = ValueError("with tb")
print(err.__traceback__, err.with_traceback(None) is err)
class WithInit(Exception):
    def __init__(self, a, b=2):
        self.a, self.b = a, b
w = WithInit(1, b=3)
print(w.args, str(w), repr(w))
print(repr(ExceptionGroup("eg", [ValueError(1), TypeError(2)])), BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__)
