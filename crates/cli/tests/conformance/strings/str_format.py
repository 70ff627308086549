# str.format: positional/named/indexed fields, attribute access, conversions, nested specs.
class P:
    x = 3
    y = [10, 20]
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=40))
print("{0.x} {0.y[1]} {d[key]}".format(P(), d={"key": "v"}))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "mid", 3.14159))
print("{:{width}.{prec}f}|{:{}}".format(2.71828, "x", 4, width=10, prec=2))
print("{{literal}} {}".format("braces"))
print("{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#x} {0:,} {0:_}".format(1234567))
print("{:+} {:-} {: } {:+.1e} {:.2%} {:g} {:n}".format(5, -5, 5, 12345.6789, 0.4567, 1e20, 1234))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{x}", (), {}), ("{0} {}", (1, 2), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("{0[5]}", ([1],), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("{!s:^10}".format(None) + "|", "{:5}|{:<5}|".format(42, 42), "{:.3}".format("abcdef"))
print(format(1234.5, ",.2f"), format(-0.0, ".1f"), format(255, "c"), format(True, "d"), format(True))
print("{0}{1}{0}".format("ab", "cd"), "{a}{b}".format_map({"a": 1, "b": 2}))
