# Bitwise operators on ints (incl. negatives and bigints), shifts, bit_length, bit_count.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2, -1 << 4, ~-12)
print(1 << 100, (1 << 100) >> 99, ((1 << 100) - 1) & (1 << 64), -(1 << 100) >> 98)
print((1 << 200) | 1, (2 ** 100 - 1) ^ (2 ** 99), ~(2 ** 80))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print(True & False, True | False, True ^ True, type(True & True), ~True)
x = 0
for i in range(0, 16, 3):
    x |= 1 << i
print(bin(x), x)
x &= ~(1 << 3)
x ^= 0xF0
print(bin(x))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
