# The exceptions of file I/O and their exact messages: missing files, directories,
# existing files, closed files, wrong direction, bad modes and arguments.
import io
import os

d = "/tmp/pyvm_conf_io_err_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("abc\n")


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        msg = str(e).replace(d, "<dir>")
        print(label, "->", type(e).__name__ + ":", msg)
    else:
        print(label, "->", "ok", repr(r).replace(d, "<dir>"))


attempt("missing", lambda: open(os.path.join(d, "missing.txt")))
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(d, "<dir>"), e.args[0], isinstance(e, OSError))
try:
    open(os.path.join(d, "missing.txt"))
except OSError as e:
    print("caught as OSError:", type(e).__name__)
attempt("missing dir", lambda: open(os.path.join(d, "nodir", "x.txt"), "w"))
attempt("directory", lambda: open(d))
attempt("directory w", lambda: open(d, "w"))
attempt("exists", lambda: open(p, "x"))

f = open(p)
f.close()
for name, args in [("read", ()), ("readline", ()), ("write", ("x",)), ("seek", (0,)),
                   ("tell", ()), ("flush", ()), ("fileno", ()), ("__next__", ()),
                   ("__enter__", ()), ("readlines", ())]:
    attempt("closed text " + name, lambda: getattr(f, name)(*args))
print(f.closed, repr(f).replace(d, "<dir>"))
f.close()

b = open(p, "rb")
b.close()
for name, args in [("read", ()), ("read1", ()), ("peek", ()), ("readline", ()),
                   ("seek", (0,)), ("tell", ()), ("fileno", ())]:
    attempt("closed binary " + name, lambda: getattr(b, name)(*args))

with open(p) as f:
    attempt("write to r", lambda: f.write("x"))
with open(p, "w") as f:
    attempt("read from w", lambda: f.read())
    attempt("write bytes to text", lambda: f.write(b"x"))
    attempt("write int", lambda: f.write(5))
with open(p, "rb") as f:
    attempt("write to rb", lambda: f.write(b"x"))
with open(p, "wb") as f:
    attempt("read from wb", lambda: f.read())
    attempt("write str to binary", lambda: f.write("x"))
with open(p, "rb", buffering=0) as f:
    attempt("raw write", lambda: f.write(b"x"))
with open(p, "w") as f:
    f.write("abc\n")

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(p) as f:
    try:
        f.write("x")
    except ValueError as e:
        print("caught as ValueError:", e)
    attempt("text seek cur", lambda: f.seek(1, 1))
    attempt("text seek end", lambda: f.seek(-1, 2))
    attempt("text seek whence", lambda: f.seek(0, 7))
    attempt("text seek negative", lambda: f.seek(-1))

for mode in ["rw", "z", "rr", "U", "rtb", "", "r++", "bt", "wa+"]:
    attempt("mode %r" % mode, lambda: open(p, mode))
attempt("binary encoding", lambda: open(p, "rb", encoding="utf-8"))
attempt("binary errors", lambda: open(p, "rb", errors="strict"))
attempt("binary newline", lambda: open(p, "rb", newline=""))
attempt("unbuffered text", lambda: open(p, "r", 0))
attempt("bad newline", lambda: open(p, newline="x"))
attempt("newline type", lambda: open(p, newline=5))
attempt("encoding type", lambda: open(p, encoding=5))
attempt("unknown encoding", lambda: open(p, encoding="no-such-codec"))
attempt("file type", lambda: open(1.5))
attempt("file list", lambda: open([]))
attempt("mode type", lambda: open(p, 5))
attempt("closefd name", lambda: open(p, closefd=False))

os.remove(p)
os.rmdir(d)
