# Python classes built on the io ABCs and native classes: a RawIOBase with readinto
# under BufferedReader and TextIOWrapper, a TextIOBase with write, a BufferedIOBase,
# and the io module's names, errno and IncrementalNewlineDecoder.
import errno
import io


class CountingRaw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.calls += 1
        n = min(len(b), 4, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


raw = CountingRaw(b"alpha\nbeta\ngamma\n")
print(raw.read(3), raw.read(), raw.calls)
raw = CountingRaw(b"alpha\nbeta\ngamma\n")
br = io.BufferedReader(raw, buffer_size=8)
print(br.readline(), br.read(2), br.read(), raw.calls, repr(br)[:20])
text = io.TextIOWrapper(io.BufferedReader(CountingRaw(b"one\r\ntwo\n")), encoding="ascii")
print(list(text))


class Collector(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print("hello", "world", file=c)
c.writelines(["x", "y"])
print(c.parts, c.closed, c.readable(), c.encoding)
with c:
    pass
print(c.closed)
try:
    c.write
    c.flush()
except ValueError as e:
    print(e)


class Upper(io.BufferedIOBase):
    def __init__(self, data):
        self._data = data

    def read(self, n=-1):
        out, self._data = self._data[:n] if n >= 0 else self._data, self._data[n:] if n >= 0 else b""
        return out.upper()

    def readable(self):
        return True


u = Upper(b"abcdef")
buf = bytearray(4)
print(u.readinto(buf), buf, u.read())
try:
    u.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    u.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)

print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print([k.__name__ for k in io.FileIO.__mro__])
print([k.__name__ for k in io.StringIO.__mro__])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.text_encoding(None), io.text_encoding("latin-1"))

dec = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(dec.decode("a\r")), repr(dec.decode("\nb\r")), repr(dec.decode("", final=True)), dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode("x\r\ny\rz\n", final=True)), dec.newlines)

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95], len(errno.errorcode))
print(OSError(errno.ENOENT, "No such file or directory", "f").errno)
