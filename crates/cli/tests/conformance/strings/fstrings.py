# f-strings: expressions, format specs, nested fields, conversions, = debugging, escapes.
name, value, width = "pi", 3.14159265, 10
print(f"{name}={value}")
print(f"{name!r:>6} {value:.3f} {value:{width}.2f}| {value:<{width}.1e}|")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{1 + 1 = }")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}")
print(f"{'nested ' + f'{value:.1f}'}", f"{{braces}}", f"{'a' if value > 3 else 'b'}")
print(f"{12345678:,} {0.25:%} {255:#06x} {-3:+05d} {7:b} {1e-7:g} {123.456:e}")
d = {"k": "v"}
print(f"{d['k']} {d!r} {items[-1]} {items[0:2]}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':_^12}")
print(f"{3.0:g} {3.5:g} {1e16:g} {123456789:g} {0.0001:g} {0.00001:g} {float('inf'):f} {float('nan'):.2f}")
x = 5
print(f"{x!r:>4}", f"{x:{'>'}{4}}", f"{str(x):*<3}")
print(f"{'é'!a}", f"{'tab'!s:>5}", f"{None}", f"{True:>6}", f"{[1, 2]!s:>10}")
print(f"""multi
{name}""")
try:
    print(f"{value:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'s':>+5}")
except ValueError as e:
    print("ValueError:", e)
