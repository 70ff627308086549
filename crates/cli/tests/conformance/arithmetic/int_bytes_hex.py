# int.to_bytes/from_bytes in both byte orders and signedness, bit_count, float.hex/fromhex round trips.
for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2 ** 63, -(2 ** 63)]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True), n.to_bytes(length, byteorder="little", signed=True).hex())
print((5).to_bytes(), int.from_bytes(b"\x05"), int.from_bytes([1, 2, 3], "little"), int.from_bytes(bytearray(b"\xff"), "big", signed=True))
print([x.bit_count() for x in (0, 1, 7, -7, 255, 2 ** 64 - 1)], (2 ** 64).bit_length(), (-(2 ** 64)).bit_length())
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: (300).to_bytes(1, "little"),
            lambda: (-5).to_bytes(2, "big"), lambda: int.from_bytes("ab", "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for f in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan")]:
    h = f.hex()
    back = float.fromhex(h)
    print(h, back == f or back != back)
for s in ["0x1p0", "0X1.8P+1", " -0x.8p-1 ", "1.0", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1p-1074", "inf", "-Infinity", "nan", "0x3.0p0"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ":", e)
for s in ["0x", "0xg", "1p", "", "0x1p1.5"]:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print("ValueError:", e)
print((1).as_integer_ratio(), (-10).as_integer_ratio(), (0.75).as_integer_ratio(), (-1.5).as_integer_ratio())
