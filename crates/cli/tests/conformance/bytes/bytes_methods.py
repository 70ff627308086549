# bytes methods: split/join/strip/replace/find/count/upper/hex/fromhex/startswith/decode/partition.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(), b.split(b","), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"  H"), b.endswith((b"x", b" ")))
print(b"-".join([b"a", b"b", b"c"]), b"abc".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"k=v".partition(b"="), b"abc".center(7, b"*"), b"12".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"Ab".istitle())
print(b"caf\xc3\xa9".decode(), b"hello world".title(), b"x".join([b"1", b"2"]), b"abcabc".rstrip(b"cb"))
print(b"a,b".split(b",", 1), b"line\nnext\r\n".splitlines(), b"abc".translate(None, b"b"))
print(b"%s=%d %x %r" % (b"key", 5, 255, b"q"), b"%5s|%-5s|" % (b"a", b"b"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"-".join(["a"])
except TypeError as e:
    print("TypeError:", e)
