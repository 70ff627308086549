# Special methods of int/float/complex called directly: results, NotImplemented, reflected forms.
print((7).__add__(3), (7).__radd__(3), (7).__sub__(10), (7).__rsub__(10), (7).__mul__(6))
print((7).__floordiv__(2), (7).__rfloordiv__(50), (7).__mod__(3), (-7).__rmod__(3), (2).__pow__(10))
print((2).__pow__(10, 1000), (3).__rpow__(2), (7).__truediv__(2), (7).__rtruediv__(14))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(5), (64).__rshift__(3))
print((5).__add__(1.5), (5).__add__("x"), (1.5).__add__(2), (1.5).__radd__(2), (1.5).__add__(1j))
print((2.5).__floordiv__(1), (7.5).__mod__(2), (2.0).__pow__(3), (9.0).__rpow__(2))
print((1j).__mul__(1j), (1 + 2j).__add__(1), (1 + 2j).__rsub__(1), (2j).__truediv__(2))
print((3).__lt__(4), (3).__eq__(3), (3).__eq__(3.0), (3.0).__eq__(3), (3.5).__gt__(3), (1j).__eq__(1j))
print((1j).__lt__(1j), (3).__ne__("3"), (2.0).__le__(2), (2.0).__ge__(True))
print((-5).__neg__(), (-5).__pos__(), (-5).__abs__(), (5).__invert__(), (-2.5).__abs__(), (3 + 4j).__abs__())
print((0).__bool__(), (0.0).__bool__(), (0j).__bool__(), (2).__bool__())
print((2.7).__trunc__(), (-2.7).__floor__(), (-2.7).__ceil__(), (2.5).__round__(), (3.14159).__round__(2))
print((1234).__round__(-2), (7).__divmod__(2), (7).__rdivmod__(30), (7.5).__divmod__(2))
print((255).__format__("08b"), (3.5).__format__(".3f"), (42).__format__(""), (1e10).__format__("g"))
print(int.__add__(True, True), float.__truediv__(1.0, 4), complex.__add__(1j, 2))
print(hash(1) == (1).__hash__(), (2.5).__hash__() == hash(2.5))
for bad in [lambda: int.__add__(1.0, 2), lambda: float.__add__(1, 2.0), lambda: (1).__add__(), lambda: (2).__pow__(3, 5, 7)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class MyInt(int):
    def __add__(self, other):
        return MyInt(super().__add__(other) * 10)
print(MyInt(2) + 3, type(MyInt(2) + 3).__name__, MyInt(2).__sub__(1))
