# ExceptionGroup and except*: splitting, nesting, subgroup/split, re-raise, notes
def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), ExceptionGroup("inner", [KeyError("k")])])
try:
    raise_group()
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
except* LookupError as eg:
    print("lookups:", repr(eg))
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
print(eg.subgroup(KeyError), eg.message, len(eg.exceptions), str(eg))
try:
    try:
        raise_group()
    except* ValueError:
        print("handled values only")
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
try:
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("plain wrapped:", repr(eg))
except Exception as e:
    print("unexpected", e)
try:
    try:
        raise TypeError("unmatched plain")
    except* ValueError:
        pass
except TypeError as e:
    print("unmatched passes through as", type(e).__name__, e)
except ExceptionGroup as e:
    print("wrapped", repr(e))
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, isinstance(beg, Exception))
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise KeyError("new in handler")
except ExceptionGroup as e:
    print("raised in handler:", repr(e), type(e.exceptions[0].__context__).__name__)
except KeyError as e:
    print("key", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e))
except* TypeError as e:
    print(type(e).__name__, e.message)
e = ExceptionGroup("notes", [ValueError()])
e.add_note("a note")
m, r = e.split(ValueError)
print(m.__notes__, r)
