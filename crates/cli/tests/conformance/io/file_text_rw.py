# Text files: writing and reading back with open(), modes w/r/a/x/r+/w+, seek/tell,
# iteration, readline/readlines, writelines, attributes and reprs.
import os

d = "/tmp/pyvm_conf_io_text_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "notes.txt")


def show(f):
    return repr(f).replace(d, "<dir>")


with open(p, "w") as f:
    print(show(f))
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth\n", "no newline at end"])
    print(f.closed, f.mode, f.name == p, f.encoding, f.errors, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
print(f.closed)

with open(p) as f:
    print(show(f))
    print(repr(f.read()))
    print(repr(f.read()), f.tell())

with open(p, "r") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(p) as f:
    print(f.read(5), f.tell(), f.read(0) == "", f.seek(0), f.read(5))
    f.seek(0, 2)
    end = f.tell()
    print(end, repr(f.read()))
    print(f.seek(0), repr(f.readline().rstrip()))

with open(p, "a") as f:
    print(f.tell() == end, f.write("\nappended\n"))
with open(p) as f:
    print(f.read().splitlines()[-2:])

with open(p, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))

with open(p, "w+") as f:
    f.write("fresh\ncontent\n")
    print(f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))

q = os.path.join(d, "new.txt")
with open(q, "x") as f:
    f.write("exclusive")
print(open(q).read())
try:
    open(q, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)

# A file that is never closed explicitly is flushed when it dies.
f = open(q, "w")
f.write("written by a dropped file")
del f
with open(q) as f:
    print(f.read())

# Unicode round trip.
with open(q, "w", encoding="utf-8") as f:
    print(f.write("naïve café — ünïcödé ✓ 😀\n"))
with open(q, encoding="utf-8") as f:
    text = f.read()
    print(text, len(text), f.tell())
with open(q, "rb") as f:
    print(f.read())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
