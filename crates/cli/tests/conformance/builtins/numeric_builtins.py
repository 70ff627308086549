# divmod, pow, round, hex/oct/bin, chr/ord, int/float/complex/bool constructors as builtins.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 10), round(7.456, 1))
print(hex(0), hex(255), hex(-1), oct(64), bin(10), bin(-10), hex(2 ** 64))
print(chr(65), chr(0x263A), ord("A"), ord("\n"), ord("\U0001F600"))
print(int(), int("7"), int(7.9), int("-0x1f", 16), float(), float("1.5e3"), complex(1, -1), bool(), bool("x"))
print(int(True), float(False), str(-0.0), int(-0.0), bool(0.0), bool(-0.0), bool(float("nan")))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
