# match: literal patterns (int, str, None, True/False), capture, wildcard, and no-match fallthrough.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case other if isinstance(other, int):
            return f"int {other}"
        case _:
            return "something else"
for v in [0, 2, "hello", None, True, False, -1, 1.5, b"raw", 99, "bye", 1.0, 0.0]:
    print(repr(v), "->", describe(v))
def no_match(x):
    match x:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
match 42:
    case n:
        print("captured", n)
