# io.StringIO and io.BytesIO: reading, writing, seeking, truncating, iteration,
# newline handling, subclasses and error messages.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
s.close()
print(s.closed)
for name, args in [("read", ()), ("write", ("x",)), ("getvalue", ()), ("seek", (0,)), ("tell", ())]:
    try:
        getattr(s, name)(*args)
    except ValueError as e:
        print(name, e)

s = io.StringIO("line one\nline two\nline three")
print(list(s))
s.seek(0)
print(s.readlines())
s = io.StringIO("a\nb\n")
print([line for line in s], repr(s.read()))
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    v = s.getvalue()
    s.seek(0)
    print(repr(nl), repr(v), s.readlines(), s.newlines)
s = io.StringIO("x\r\ny", newline=None)
print(repr(s.getvalue()), repr(s.read()))

for bad in [lambda: io.StringIO(b"x"), lambda: io.StringIO(newline="x"),
            lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(0, 3),
            lambda: io.StringIO().truncate(-1), lambda: io.StringIO(newline=5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
print(u.write("shout"), u.getvalue(), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))
print(repr(io.StringIO()).startswith("<_io.StringIO object at 0x"))
print(io.StringIO.__module__, io.StringIO.__name__, io.TextIOWrapper.__module__)
print(repr(u).startswith("<__main__.Upper object at 0x"))
print(print("via print", file=u), repr(u.getvalue()))

b = io.BytesIO(b"binary\ndata\n")
print(b.read(3), b.tell(), b.readline(), b.read(), b.read())
b.seek(0)
print(list(b), b.getvalue())
b.seek(0, 2)
print(b.write(b"more"), b.tell(), b.getvalue())
b.seek(20)
b.write(b"!")
print(b.getvalue())
print(b.truncate(6), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.read1(2), b.readable(), b.writable(), b.seekable())
b.writelines([b"x", b"y"])
print(b.getvalue())
b = io.BytesIO()
b.write(bytearray(b"ba"))
b.write(memoryview(b"mv"))
print(b.getvalue())
b.close()
for name, args in [("read", ()), ("write", (b"x",)), ("getvalue", ())]:
    try:
        getattr(b, name)(*args)
    except ValueError as e:
        print(name, e)
for bad in [lambda: io.BytesIO("x"), lambda: io.BytesIO().write("x"),
            lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(b"wrapped\r\ntext\n"), encoding="utf-8")
print(repr(w.read()), w.newlines, w.encoding)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="\r\n")
w.write("a\nb\n")
w.flush()
print(w.buffer.getvalue(), repr(w).startswith("<_io.TextIOWrapper"))
