# Complex arithmetic at run time (integral powers by repeated squaring, Smith's division,
# overflow and zero-division errors) and %-formatting's mapping rule for subscriptable args.
vals = [1+2j, 2.5, 3, -1j, 0j, 1e200+1j, complex(float("nan"), 1)]
for a in vals:
    for b in [2, 2.0, -2, 0.5, 1j, 0, 101, 3+0j]:
        try:
            print(a, b, a ** b, pow(a, b) if isinstance(a, complex) else "", (a).__pow__(b) if isinstance(a, complex) else "")
        except Exception as e:
            print(a, b, type(e).__name__, e)
        try:
            print(a / (b if b else 0j), a * b)
        except Exception as e:
            print(type(e).__name__, e)
for e in ["'ab' % [0]", "'ab' % {}", "'ab' % ()", "'ab' % 5", "'%s' % [1,2]", "'%(a)s' % {'a': 1}", "b'ab' % [0]", "b'%s' % b'x'", "'%s %s' % (1,)", "'%d' % '1'", "'%c' % 65", "'%.2f%%' % 3.14159", "'%-5s|' % 'ab'", "'%05.1f' % 2.25", "'%x %o %X %e %g' % (255, 8, 255, 12345.678, 0.00001234)", "'%r' % 'a'", "'%a' % 'é'", "'%i' % 3.7", "'%s' % None", "'%*d' % (5, 3)", "'%(x)s %(x)r' % {'x': 'q'}", "'%' % ()", "'%z' % 1", "'%s' % {'a': 1}", "'ab' % 'c'"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
print(int.__index__(7), (2.5).__int__(), (3).__float__(), True.__int__())
