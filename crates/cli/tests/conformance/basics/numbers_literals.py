# Numeric literals: underscores, hex/octal/binary, exponent floats, imaginary numbers.
print(1_000_000, 0x_ff, 0o777, 0b1010_1010, 0XAB, 0O17, 0B11)
print(1e3, 1E-3, 1_0.5_0, .5, 5., 1e0, 0e0, 00, 0_0)
print(3j, 1.5j, 1e2j, 2 + 3j, (1 + 2j) * (3 - 1j))
print(type(1), type(1.0), type(1j), type(10**100))
print(0xFFFFFFFFFFFFFFFFFF, -0x8000000000000000, 0b1 << 100)
print(123456789012345678901234567890 * 98765432109876543210)
