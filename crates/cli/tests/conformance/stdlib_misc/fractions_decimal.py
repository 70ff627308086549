from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP

print(Fraction(3, 4) + Fraction(1, 4), Fraction('1/3') * 3, Fraction(0.5), Fraction(22, 7).limit_denominator(5))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(-6, 4), Fraction(5, 10).numerator, float(Fraction(1, 8)))
print(sum((Fraction(1, n) for n in range(1, 6)), Fraction(0)), Fraction(7, 3) // 2, Fraction(7, 3) % 2, Fraction(2, 3) ** 2)
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('3.14159').quantize(Decimal('0.01')))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal(10) ** -2, Decimal('-0'))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(3))
getcontext().prec = 8
print(Decimal(2).sqrt(), Decimal('1e3') + 1, sorted([Decimal('1.5'), Decimal('-2'), Decimal('0.25')]))
