# math module: constants, roots, powers, logs, trig, rounding, gcd/lcm, factorial/comb/perm, isqrt.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2.0000001), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan), math.dist((0, 0), (3, 4)))
print(math.floor(10 ** 20 + 0.5), math.ceil(1e20), math.factorial(25))
