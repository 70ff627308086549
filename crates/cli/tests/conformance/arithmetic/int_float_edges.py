# int/float edge cases: big ints, floor division/modulo of negatives, divmod, round half-even, inf/nan, conversions
print(2**100, -2**100, 2**100 // 3, 2**100 % 7, (2**100).bit_length(), (-2**64) >> 3, 1 << 70)
print(10**30 * 10**30, (10**40 + 1) - 10**40, -(10**25) // 7, -(10**25) % 7, divmod(-(10**25), 7))
print(factorial := 1, [factorial := factorial * i for i in range(1, 26)][-1])
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (-1, 3), (0, -3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(5), round(5.0), type(round(5.5)), type(round(5.5, 0)), round(-2.5), round(0.125, 2), round(1e300, -299))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10**400, nan == nan, nan != nan, nan < 1, [nan] == [nan], min(inf, 3))
print(1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2, 2.0 ** 1023, float(10**308))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.copysign(1, -0.0), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(int(2.9), int(-2.9), int(1e20), float(2**53 + 1), 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, abs(-0.0))
print((2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (7).bit_count(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(3 ** -1, (-8) ** (1/3) if False else "skip", pow(2, -1, 7), pow(3, 4, 5), 0 ** 0, 0.0 ** 0, (-2) ** 2, -2 ** 2)
print(7 / 7, type(7 / 7), 1 / 3 * 3, 10 / 4, 9 // 4.0, -9 // 4.0, 9 % -4.0, 5 % 3.5, -0.0 % 5)
print(True + True, True * 10, False - 1, 3 * True, True / 2, divmod(True, 2), int(True), str(True + 0))
print(abs(-5), abs(-5.5), abs(3 + 4j), max(1, 2.0), max(2.0, 2), min([3, 1, 2]), sum([0.1] * 10), math.fsum([0.1] * 10))
print(hash(1) == hash(1.0), hash(2**61 - 1), hash(2**61), hash(-1), hash(-2), hash(1.5), hash(float("inf")))
print(int("123456789" * 5) % 1000007, len(str(2**10000)), str(-10**50))
print(1e16 + 1, 1e16 + 2, 9007199254740993, float(9007199254740993), 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "2 ** 10000.0", "math.sqrt(-1)", "math.log(0)", "int(inf)", "int(nan)", "pow(2, -1, 4)", "10 ** 400 * 1.0", "float(10**400)", "1 << -1", "math.factorial(-1)"]:
    try:
        print(expr, eval(expr))
    except (ArithmeticError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), (1j) ** 2, abs(1j), complex("1+2j"), (3 + 4j).real, (3 + 4j).imag)
print(0.1 + 0.7, 3 * 0.1, 1 - 0.9, 2 ** 0.5, math.pi, math.e, math.tau, 1 / 7)
print(sorted([3, -1, 2.5, True, -0.5]), sum(range(101)), sum([1, 2], 10), max([], default="empty"))
