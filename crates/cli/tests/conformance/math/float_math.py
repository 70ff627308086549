# Floating-point behaviour with math: rounding of trig results, inf/nan propagation, fsum exactness.
import math
vals = [math.sin(math.pi), math.cos(math.pi / 2), math.sin(math.pi / 6), math.tan(math.pi / 4)]
print(vals, [round(v, 12) for v in vals])
print(math.inf + 1, math.inf - math.inf, math.nan == math.nan, math.inf * -1, 1 / math.inf, math.isnan(math.inf * 0))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0))
print(math.exp(-1000), math.log(1e-300), math.sqrt(1e-300), math.atan(math.inf))
print(f"{math.pi:.20f}", f"{math.e:.3e}", repr(math.sqrt(0.5)), 2 ** 0.5 / 2 == math.sqrt(0.5))
