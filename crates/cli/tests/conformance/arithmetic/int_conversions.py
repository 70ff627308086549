# int() with bases, hex/oct/bin, int.to_bytes/from_bytes, str-to-int digit limit.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("-101", 2), int(" +7 ", 10), int("1_0", 0), int("٣"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytes(range(1, 20)), "big"))
print((2 ** 64).to_bytes(9, "big"))
for args in [("12", 1), ("12", 37), ("9", 8), ("0x10", 10)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4000)))
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("5", base=10.0)
except TypeError as e:
    print("TypeError:", e)
