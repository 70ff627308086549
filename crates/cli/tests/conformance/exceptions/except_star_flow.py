# except* in detail: several clauses, re-raising parts, raising new exceptions inside handlers, subclasses and errors.
def show(eg, indent=""):
    print(f"{indent}{type(eg).__name__}: {eg}")
    for e in getattr(eg, "exceptions", ()):
        if isinstance(e, BaseExceptionGroup):
            show(e, indent + "  ")
        else:
            print(f"{indent}  {e!r}")
def attempt(exc):
    try:
        try:
            raise exc
        except* ValueError as g:
            print("ValueError part:", [repr(e) for e in g.exceptions])
        except* TypeError as g:
            print("TypeError part:", [repr(e) for e in g.exceptions])
            raise
        except* OSError:
            raise RuntimeError("new from handler")
    except BaseException as e:
        print("escaped:")
        show(e, "  ")
    else:
        print("fully handled")
attempt(ValueError("v"))
attempt(ExceptionGroup("g", [ValueError("v"), TypeError("t")]))
attempt(ExceptionGroup("g", [KeyError("k"), ValueError("v")]))
attempt(ExceptionGroup("g", [OSError("o"), TypeError("t"), ExceptionGroup("sub", [ValueError("v2"), KeyError("k2")])]))
attempt(TypeError("naked"))
attempt(OSError("naked os"))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)
eg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(eg.subgroup(lambda e: False), eg.split(lambda e: True)[0] is eg)
base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(base).__name__, repr(base.split(Exception)[0]))
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    eg.split(42)
except TypeError as e:
    print("TypeError:", e)
eg2 = ExceptionGroup("notes", [ValueError()])
eg2.add_note("a note")
print(eg2.split(ValueError)[0].__notes__)
try:
    raise ExceptionGroup("tb", [ValueError("x")])
except ExceptionGroup as caught:
    part = caught.subgroup(ValueError)
    print(part is caught, part.__traceback__ is caught.__traceback__)
