# Loops, exceptions, with, comprehensions and f-strings.
def process(items):
    out = []
    for i, item in enumerate(items):
        if item is None:
            continue
        try:
            out.append(int(item) // i)
        except (ValueError, ZeroDivisionError) as e:
            out.append(f"{type(e).__name__}: {e!r:>10}")
        finally:
            pass
    while out and out[-1] == 0:
        out.pop()
    return {k: v for k, v in zip("abc", out)}, [x for x in out if x], {*out}


with open(__file__) as fh:
    first = fh.readline()
print(process(["1", None, "x", 6, 0.0]))
