# Complex numbers: arithmetic, repr forms, real/imag, conjugate, abs, errors.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * 1j)
print(complex(1, 2), complex("1+2j"), complex(2), complex(0, -0.0), complex(-1.5, 0))
print(1j * 1j, (1 + 2j) / (3 - 4j), (2j) ** 2, 1j ** 0.5)
print(repr(1j), repr(-1j), repr(0j), repr(complex(1e20, 1e-5)), repr(complex(float("inf"), float("nan"))))
print(z == 3 + 4j, z == complex(3, 4), (1 + 0j) == 1, hash(1 + 0j) == hash(1))
try:
    z < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1j // 2
except TypeError as e:
    print("TypeError:", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
