# format() mini-language across types: fill/align/sign/#/0/width/grouping/precision/type.
specs_int = ["", "d", "5d", "<5d", "^5d", "=+6d", "06d", "x", "#X", "#o", "#b", ",", "_x", "e", ".2f", "%", "c", "n", " d"]
for spec in specs_int:
    print(repr(spec), repr(format(77, spec)), repr(format(-77, spec)) if spec != "c" else "")
specs_float = ["", "f", ".0f", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.2f", "+.1f", ",.2f", "_.1f", "#.0f", "010.3f", "n", "#g"]
for spec in specs_float:
    print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.00012345, spec)))
for v in [float("inf"), float("-inf"), float("nan"), 0.0, -0.0, 1e-10, 1e16]:
    print(repr(format(v, "")), repr(format(v, ".2f")), repr(format(v, "g")), repr(format(v, "e")))
print(repr(format("text", "")), repr(format("text", "10")), repr(format("text", ">10")), repr(format("text", ".2")))
for bad in [("s", 1), ("d", 1.5), (",", "s"), ("=5", "s"), ("c", -1), ("xd", 1)]:
    try:
        format(bad[1], bad[0])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
