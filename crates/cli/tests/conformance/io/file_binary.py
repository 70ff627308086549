# Binary files: buffered and unbuffered reads/writes, seek whence, readinto, peek,
# read1, truncate, the buffer/raw layers and their reprs.
import io
import os

d = "/tmp/pyvm_conf_io_bin_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "data.bin")


def show(f):
    return repr(f).replace(d, "<dir>")


with open(p, "wb") as f:
    print(show(f), type(f).__name__, f.mode)
    print(f.write(b"\x00\x01\x02hello"), f.write(bytearray(b" world")), f.tell())
    print(show(f.raw), f.raw.mode, f.raw.closefd)
    f.flush()

with open(p, "rb") as f:
    print(show(f), f.mode, f.readable(), f.writable(), f.seekable())
    print(f.read(3), f.tell())
    print(f.peek(1)[:1], f.read1(2), f.tell())
    print(f.read())
    print(f.read(), f.read(5))
    print(f.seek(-5, 2), f.read())
    print(f.seek(3), f.seek(2, 1), f.read(4))
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf)
    f.seek(0)
    print(f.readline(), list(f))

with open(p, "rb", buffering=0) as f:
    print(show(f), type(f).__name__)
    print(f.read(4), f.readall(), f.read(), f.tell())

with open(p, "r+b") as f:
    print(type(f).__name__)
    f.seek(3)
    f.write(b"HELLO")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())

with open(p, "ab") as f:
    print(f.tell(), f.write(b"++"), f.tell())
with open(p, "rb") as f:
    print(f.read())

raw = io.FileIO(p, "w")
print(show(raw), raw.write(b"raw bytes"), raw.closed)
raw.close()
print(show(raw), raw.closed)
raw = io.FileIO(p)
print(raw.read(), raw.mode, raw.name == p)
raw.close()

# Lines of a bigger file, across the buffer size.
with open(p, "wb") as f:
    for i in range(3000):
        f.write(b"line %d\n" % i)
with open(p, "rb") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], sum(map(len, lines)), os.path.getsize(p))
with open(p) as f:
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())

os.remove(p)
os.rmdir(d)
