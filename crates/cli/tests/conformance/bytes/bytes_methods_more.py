# bytes/bytearray methods beyond the basics: split/rsplit maxsplit, strip chars, padding,
# case mapping, classification edge cases, hex separators, bytearray mutation errors.
b = b"  a b  c   "
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.rsplit(maxsplit=2), b"a,b,,c".split(b","))
print(b"a,b,c".rsplit(b",", 1), b"".split(), b"".split(b","), b"xxaxx".strip(b"x"), b"xxa".lstrip(b"x"))
print(b"abc".ljust(6, b"-"), b"abc".rjust(6), b"ab".center(5, b"."), b"abc".center(6, b"."), b"-12".zfill(6), b"+".zfill(3))
print(b"hELLo wORLD".swapcase(), b"hello WORLD".capitalize(), b"they're bill's".title(), b"ABC".lower())
print(b"".isalpha(), b"abc1".isalpha(), b"ABC".isupper(), b"abc".islower(), b"A1".isupper(), b"\xff".isascii(), b"ab".isascii())
print(b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle(), b" \t\n".isspace(), b"".isspace())
print(b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex("-", -2), b"abcd".hex(b"_"), b"".hex(":"))
print(b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"abc".replace(b"x", b"y"))
print(b"a.b.c".rpartition(b"."), b"abc".rpartition(b"."), b"abc".partition(b"."), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
print(b"a\r\nb\rc\n".splitlines(True), b"a\n\nb".splitlines(), b"\tx\ty".expandtabs(), b"ab\tc".expandtabs(tabsize=2))
ba = bytearray(b"hello world")
print(ba.split(), ba.strip(b"hd"), ba.title(), ba.partition(b" "), type(ba.upper()).__name__, bytearray(b",").join([b"x", bytearray(b"y")]))
ba.insert(-100, 33)
ba.insert(100, 63)
c = ba.copy()
ba.clear()
print(ba, c, len(c), c.pop(-2), c)
c[2:5] = [65, 66]
c[:0] = b">>"
del c[::3]
print(c)
c.extend(range(48, 51))
c.extend(bytearray(b"!"))
print(c, c * 2, 2 * bytearray(b"ab"))
for f in [lambda: b"a".split(b""), lambda: b"a".partition(b""), lambda: b"a".center(3, b"ab"),
          lambda: c.extend("str"), lambda: c.append(300), lambda: c.insert(0, -1), lambda: c.pop(99),
          lambda: b"ab".hex("::"), lambda: b"x".strip("x"), lambda: c.__setitem__(slice(0, 1), 5)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
