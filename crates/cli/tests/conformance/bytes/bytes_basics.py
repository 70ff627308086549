# bytes: literals, repr, indexing gives ints, slicing, concatenation, constructors, comparisons.
b = b"hello\x00\xff\n\t'\""
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x", b"abc" < b"abd")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\x7f\x80"))
print(b"abc" == b"abc", b"abc" == "abc", hash(b"abc") == hash(b"abc"), bytes() == b"")
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
