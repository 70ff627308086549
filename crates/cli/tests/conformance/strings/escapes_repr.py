# String escapes and repr: quotes choice, control chars, unicode, bytes repr, raw strings
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\r", "nul\0", "bell\a", "esc\x1b",
           "del\x7f", "latin\xe9", "\u00a0nbsp", "\u200bzw", "emoji\U0001F600", "\ud800" if False else "surrogate-free", "back\\slash",
           "\x80\x9f", "\u2028sep", "\ufeffbom", "\U000e0001tag"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(r"raw\n\t", r"\d+\.\d*", len(r"\n"), "\101\102\x43", "\N{GREEK SMALL LETTER ALPHA}")
print(repr(b"bytes\x00\xff\n'\""), repr(b"it's"), repr(bytearray(b"ba\x01")), repr(b'"'), b"\\".hex())
print(str(b"abc"), repr("a'b\"c"), repr("a'b"), repr('a"b'))
print("multi\
line", """triple "quoted" 'both'""", '''other''')
print("con" "cat" 'enated', f"f{'s'}" "plain" rf"\raw{1}")
print(repr(chr(0)), repr(chr(31)), repr(chr(127)), repr(chr(128)), repr(chr(160)), repr(chr(173)), repr(chr(0x300)), repr(chr(0xe000)))
print([c for c in "a\u0301"], "e\u0301" == "\u00e9", len("e\u0301"))
print(str.isprintable("abc\n"), "abc".isprintable(), "\u00e9".isascii(), "abc".isascii())
print(repr(1.0), repr(1e100), repr(-0.0), repr(0.1 + 0.2), repr(1/3), repr(2.5e-8), repr(1e16), repr(123456789012345678.0), repr(float("nan")))
print(str(1e15), str(1e16), repr(1.5e-4), repr(0.0001), repr(0.00001), repr(100.0), repr(1e22), repr(3.0e-5))
print(repr([1, "a", None, True, 2.0, (1,), {}, set(), frozenset(), b"", {1: "x"}]))
print(repr(()), repr((1,)), repr([[]]), repr(range(0, 5, 2)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
d = {"k": "v"}
d["self"] = d
l = [1]
l.append(l)
print(d, l, repr(l))
print(int("0x1f", 16), int("1_000"), int(" 42 "), int("-0b101", 0), float(" 1.5e3 "), float("-inf"), float("1_0.5"))
for bad in ["12a", "", "0x", "1__0", "4.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
