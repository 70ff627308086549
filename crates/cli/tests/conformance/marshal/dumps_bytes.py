# marshal.dumps(v, 2) (no reference flags) of simple values: exact bytes for None/bool/ints/floats/strings.
import marshal
for v in [None, True, False, 0, 1, -1, 1000, 2 ** 40, 1.5, "", "a", "hello", b"x", (), 1j]:
    print(repr(v), marshal.dumps(v, 2).hex())
print(marshal.loads(bytes.fromhex("e9 2a 00 00 00")), marshal.loads(bytes.fromhex("da 03 61 62 63")))
print(marshal.dumps([1, 2], 2).hex())
