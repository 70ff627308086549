# complex(): from strings, numbers and pairs; signed zeros; malformed input and argument errors.
for s in ["1+2j", "1-2j", "-1.5e3+4J", "(3-j)", " ( 2+3j ) ", "j", "-j", "+1j", "5", "1e-3j", "inf+nanj", "-infj", "1_0+2_0j"]:
    print(repr(s), complex(s))
print(complex(), complex(2), complex(2.5, -1), complex(1j, 1j), complex(0, -0.0), complex(-0.0, 0), complex(real=3, imag=4))
print(complex(1 + 2j), complex(True, False), complex(2, 1j))
for args in [("1+2j", 1), (1, "2"), ("1 + 2j",), ("abc",), ("",), ("1+2jj",), ([1],), (1, [2])]:
    try:
        print(complex(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), z == 3 - 4j, z != 3, -z, +z)
print(repr(complex(0.0, 1.0)), repr(complex(-0.0, -0.0)), repr(complex(1e300, -1e-300)))
