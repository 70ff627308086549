# Exception objects: args, str/repr with 0/1/many args, attributes, custom fields, with_traceback, hierarchy.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(), OSError(2, "No such file")]:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file or directory", "name.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, str(e))
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__, IOError is OSError)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
err = AppError(404, "not found")
print(err, repr(err), err.args, err.code, isinstance(err, Exception))
try:
    raise err
except AppError as caught:
    print("caught", caught is err, caught.__traceback__ is not None)
class NoInit(ValueError):
    pass
print(repr(NoInit("a", "b")), str(NoInit("only")))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt.__mro__[1].__name__)
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
print(issubclass(KeyError, LookupError), issubclass(GeneratorExit, Exception), issubclass(RecursionError, RuntimeError))
e2 = ValueError("x")
e2.args = ("changed",)
print(e2)
ex = AttributeError("msg", name="attr", obj=None)
print(ex.name, ex.args)
ni = NameError("n", name="var")
print(ni.name)
ie = ImportError("cannot", name="mod", path="p")
print(ie.name, ie.path, ie.msg)
