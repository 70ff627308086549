# Universal newlines and the newline argument on files, encodings and their error
# handlers, and the byte order mark of UTF-16.
import os

d = "/tmp/pyvm_conf_io_nl_%d" % os.getpid()
os.mkdir(d)
p = os.path.join(d, "nl.txt")

with open(p, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        lines = f.readlines()
        print(repr(nl), lines, f.newlines)
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(p) as f:
    print(repr(f.read(7)), repr(f.read(9)), repr(f.read()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\r\nc\rd\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

with open(p, "w", encoding="latin-1") as f:
    f.write("café ÿ")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read(), f.encoding)
with open(p, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(p, encoding="utf-8", errors="ignore") as f:
    print(f.read())
with open(p, encoding="utf-8", errors="backslashreplace") as f:
    print(f.read())
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve ✓")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve ✓")
with open(p) as f:
    print(f.read())
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve ✓")
with open(p) as f:
    print(f.read())

with open(p, "w", encoding="utf-16") as f:
    f.write("two ")
    f.write("writes\n")
with open(p, "rb") as f:
    data = f.read()
    print(len(data), data[:4])
with open(p, encoding="utf-16") as f:
    print(repr(f.read()))
with open(p, "w", encoding="utf-8-sig") if False else open(p, "w", encoding="utf-8") as f:
    f.write("\ufeffbom text")
with open(p, "rb") as f:
    print(f.read())

os.remove(p)
os.rmdir(d)
