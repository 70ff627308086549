# math domain and range errors with their exact messages.
import math
for name, call in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
                   ("acos(2)", lambda: math.acos(2)), ("exp(1000)", lambda: math.exp(1000)), ("factorial(-1)", lambda: math.factorial(-1)),
                   ("factorial(2.5)", lambda: math.factorial(2.5)), ("isqrt(-4)", lambda: math.isqrt(-4)), ("pow(0, -1)", lambda: math.pow(0, -1)),
                   ("comb(2, -1)", lambda: math.comb(2, -1)), ("floor(inf)", lambda: math.floor(math.inf)), ("ceil(nan)", lambda: math.ceil(math.nan)),
                   ("sqrt('x')", lambda: math.sqrt("x")), ("gcd(1.5)", lambda: math.gcd(1.5, 2)), ("fmod(1, 0)", lambda: math.fmod(1, 0))]:
    try:
        print(name, "=", call())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, "->", type(e).__name__ + ":", e)
