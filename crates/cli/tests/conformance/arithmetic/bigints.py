# Arbitrary precision integers: factorials, powers, division, negative bigints, conversions.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(2 ** 200, -(2 ** 127), 3 ** 100 - 2 ** 150)
big = 10 ** 40 + 7
print(big // 3, big % 3, -big // 3, -big % 3, divmod(big, -12345678901))
print(big * big, big - big, (big * big) // big == big)
print(2 ** 64 // 2 ** 32, 2 ** 64 >> 63, (2 ** 64 - 1) & 0xFFFF, -(2 ** 70) >> 3)
print(int("9" * 50) + 1, len(str(7 ** 500)))
print(str(-(10 ** 25)), hex(2 ** 100), oct(-(8 ** 30)), bin(2 ** 70 + 1))
print(float(2 ** 100), 2 ** 100 / 2 ** 98, (10 ** 30) / 7)
print(abs(-(10 ** 30)), (10 ** 30).bit_length(), pow(3, 200, 10 ** 9 + 7))
print(int("1" * 30, 2), int("zz" * 10, 36))
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, (2 ** 63) * -1)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
