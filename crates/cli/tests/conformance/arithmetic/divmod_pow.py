# divmod and pow: signs, three-argument pow, modular inverse, negative exponents, errors.
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(0, 0))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 1000000007))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(divmod(7.5, 2), divmod(-7, 2.0), divmod(True, 2))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
