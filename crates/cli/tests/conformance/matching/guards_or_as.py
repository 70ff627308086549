# Guards with side effects, or-patterns binding the same names, as-patterns, evaluation order.
def check(v):
    print("  guard evaluated for", v)
    return v > 5
def classify(cmd):
    match cmd:
        case ("go" | "move") as verb, direction if direction in ("north", "south"):
            return f"{verb} vertically {direction}"
        case ("go" | "move"), direction:
            return f"go horizontally {direction}"
        case ["quit" | "exit" as word]:
            return f"bye via {word}"
        case [int(a), int(b)] | [int(a), int(b), _] if check(a + b):
            return f"big sum {a + b}"
        case [(1 | 2) as small, *_]:
            return f"starts small {small}"
        case _:
            return "unknown"
for cmd in [("go", "north"), ("move", "east"), ["exit"], [3, 4], [1, 2, "x"], [4, 5, 6], [2], ("stay",)]:
    print(cmd, "->", classify(cmd))
x = 10
match x:
    case 1 | 2:
        print("tiny")
    case n if n % 2 == 0 and n > 5:
        print("even and big", n)
print(x)
