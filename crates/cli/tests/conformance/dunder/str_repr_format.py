# __repr__, __str__ and __format__: which one print/str/repr/f-strings/format/containers use.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"
class Fmt:
    def __format__(self, spec):
        return f"Fmt<{spec}>"
    def __repr__(self):
        return "Fmt<repr>"
b, r, f = Both(), ReprOnly(), Fmt()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r} {f} {f:>10} {f!r} {f:%Y-%m}", format(f, "abc"), "{:x}".format(f))
print("%s %r" % (b, b), str([f]), format(b))
try:
    format(b, "10")
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class StrSub(str):
    pass
class ReturnsSub:
    def __repr__(self):
        return StrSub("sub")
print(repr(ReturnsSub()), type(repr(ReturnsSub())).__name__)
