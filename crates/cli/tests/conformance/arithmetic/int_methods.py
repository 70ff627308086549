# int and float methods and attributes: real/imag/numerator/denominator, conjugate, __index__.
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((-7).__abs__(), (7).__neg__(), (6).__floordiv__(4), (6).__mod__(4))
print(int.__name__, float.__name__, bool.__mro__)
print((3).__index__(), True.__index__(), isinstance(True, int))
print((10).__format__("x"), (10).__format__(""), format(3.5, ""))
print(int(), float(), complex(), bool())
print((3.7).__trunc__(), (3.7).__floor__(), (-3.2).__ceil__(), (2.5).__round__())
print((12).as_integer_ratio(), (-0.75).as_integer_ratio())
print(float.fromhex("0x1p-1"), (1).__bool__(), (0).__bool__())
