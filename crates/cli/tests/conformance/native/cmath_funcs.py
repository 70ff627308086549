# cmath: every function on a spread of finite arguments, branch cuts and signed zeros,
# constants and errors.
import cmath

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, 2 - 3j, -2.5 + 1e-3j, 1e-310 + 1e-310j, 1e300 + 1e300j,
          3, 0.7 + 0.7j, -0.0 - 0.0j, 1 + 1e-20j, 1e-8 + 1j, -3 - 0.0j, -3 + 0.0j, 2.0]
for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
             'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'phase', 'polar']:
    for v in values:
        try:
            print(name, v, getattr(cmath, name)(v))
        except (ValueError, OverflowError) as e:
            print(name, v, type(e).__name__ + ':', e)
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(100, 10))
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.rect(0, 1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1, 1.05, rel_tol=0.1),
      cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isinf(1 + 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj, cmath.nan)
for bad in ["cmath.sqrt('x')", "cmath.log(0)", "cmath.atanh(1)", "cmath.exp(1000)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.sqrt()"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
print(cmath.sqrt(C()), cmath.exp(F()), abs(cmath.sqrt(-4)), cmath.phase(-1))
