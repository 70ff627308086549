# match on nested data and enums-without-enum, capture leakage after match, matching tuples of values.
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case code if 400 <= code < 500:
            return f"client error {code}"
        case code:
            return f"other {code}"
print([http(s) for s in [200, 204, 302, 404, 418, 500]])
def fizz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
match {"user": {"roles": ["admin", "dev"]}}:
    case {"user": {"roles": ["guest", *_]}}:
        print("impossible")
    case {"user": {"roles": [first, *others]}}:
        print("first role", first, "others", others)
print(first, others)
def tokens(expr):
    match expr.split():
        case [a, ("+" | "-" | "*") as op, b]:
            return f"binary {op} on {a}, {b}"
        case [single]:
            return f"atom {single}"
        case []:
            return "empty"
        case [*words]:
            return f"{len(words)} words"
print(tokens("1 + 2"), tokens("x"), tokens(""), tokens("a b c d"))
