# Format spec mini-language: ints, floats, strings; widths, fill, sign, grouping, precision, types
vals = [0, 7, -7, 1234567, -1234567, 2**40]
for v in vals:
    print(f"{v:d}|{v:8d}|{v:<8d}|{v:^8}|{v:+d}|{v: d}|{v:,}|{v:_}|{v:08d}|{v:=+10d}|{v:x}|{v:#x}|{v:#o}|{v:#b}|{v:_b}")
fl = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 123456789.987, 1e22, 2.5e-300, float("inf"), float("-inf"), float("nan")]
for f in fl:
    print(f"{f}|{f:.2f}|{f:10.3f}|{f:e}|{f:.3E}|{f:g}|{f:.3g}|{f:G}|{f:%}|{f:.1%}|{f:,.2f}|{f:+.1f}|{f:010.2f}|{f:>12}|{f:n}")
print(f"{'abc':>6}|{'abc':<6}|{'abc':^6}|{'abc':*^7}|{'abcdef':.3}|{'abc':6.2}|{'x':=<3}")
print(f"{True}|{True:d}|{None!s:>5}|{None!r}|{'q'!a}|{'é'!a}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|{12:0{w}}")
print(format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(255, "08b"), format(-1, "x"), format(3, "c") == "\x03", format(97, "c"))
print(format(1e16, ""), format(1e16, "g"), format(123.0, ""), format(1.0, "g"), format(100000.0, "g"), format(1e6, "g"), format(1.23456789e-5, "g"))
print(format(12.5, ".0f"), format(13.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(10**20, ",d"), format(-0.0, ".1f"), format(1/3, ".15g"), format(1/3, ".17g"))
print("{:,}".format(10**30), "{:.3}".format(2/3), "{:10.4}".format("truncate"), "{:#.0f}".format(3), "{:#g}".format(2.0), "{:.0e}".format(12345))
print(f"{1+2j}|{1.5-2j:.1f}|{complex(0, 1):>10}|{3j}")
for bad in ["{:d}", "{:,s}", "{:=s}", "{:x}"]:
    try:
        print(bad.format(1.5 if bad != "{:,s}" and bad != "{:=s}" else "s"))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1:,_}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "x")
except TypeError as e:
    print(type(e).__name__, e)
x = 42
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{'nested' + f'{x}'}", f"{{x}}", f"{x:{'0'}>5}")
print(f"""{
    x
    + 1
}""", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda y: y * 2)(3)}")
