# ExceptionGroup and except* (3.11): splitting, nesting, subgroup, derive, and re-raising unhandled parts.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions], type(g).__name__)
except* (TypeError, KeyError) as g:
    print("others:", [repr(e) for e in g.exceptions])
match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [repr(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))
print(repr(sub))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
try:
    try:
        raise nested
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as remaining:
    print("remaining:", repr(remaining))
try:
    raise TypeError("plain")
except* TypeError as g:
    print("plain exception wrapped:", repr(g))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("b", [ValueError("x")])
print(type(beg).__name__)
