# Sequence patterns: fixed length, star captures, nested sequences, str/bytes are not sequences here.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [[x, y], *_]:
            return f"nested pair first: {x}, {y}"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case _:
            return "other"
for v in [[], [1], (1, 2), [0, 9, 8], [1, 2, 3, 4, 5, 6], [[1, 2], 3, 4, 5], (7, 8, 9), "ab", "abc", b"xy", range(2), {1, 2}, {"a": 1}]:
    print(repr(v), "->", shape(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
