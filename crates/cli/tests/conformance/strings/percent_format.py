# printf-style formatting with %: conversions, flags, widths, precision, mappings, errors.
print("%s %d %i %f %e %g %x %X %o %c %r %a %%" % ("s", 42, -7, 3.14159, 12345.678, 0.00001234, 255, 255, 8, 65, "r", "é"))
print("%5d|%-5d|%05d|%+d|% d|%+.2f|%10.3f|%-10.3f|" % (42, 42, 42, 42, 42, 3.14159, 3.14159, 3.14159))
print("%#x %#o %#X %.3s %5s %-5s|" % (255, 8, 255, "abcdef", "ab", "ab"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%s" % (1, ), "%s" % [1, 2], "%s and %s" % ("a", "b"), "%.0f %.1f" % (2.5, 0.05))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%g %g %g %g" % (1e-5, 123456789.0, 100000, 0.0001), "%e" % 0, "%.2e" % 1234.5)
print("%d" % 3.99, "%x" % 2 ** 70, "%s" % None, "%r" % "it's", "%c" % "z", "%5.1s|" % "abc")
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
