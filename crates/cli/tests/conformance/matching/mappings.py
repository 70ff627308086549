# Mapping patterns: required keys, extra keys allowed, **rest, value patterns with dotted names, nested.
class Kind:
    USER = "user"
    ADMIN = "admin"
def handle(event):
    match event:
        case {"type": Kind.ADMIN, "name": name}:
            return f"admin {name}"
        case {"type": Kind.USER, "name": str(name), **rest} if rest:
            return f"user {name} with extras {sorted(rest)}"
        case {"type": "user", "name": name}:
            return f"plain user {name}"
        case {"type": "point", "at": [x, y]}:
            return f"point at {x},{y}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "admin", "name": "root"},
    {"type": "user", "name": "ann", "age": 3, "zip": 1},
    {"type": "user", "name": "bob"},
    {"type": "user", "name": 42},
    {"type": "point", "at": (1, 2)},
    {"k": "v"},
    [("type", "user")],
]
for ev in events:
    print(handle(ev))
class Missing(dict):
    def __missing__(self, key):
        return "default"
match Missing(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a only", v)
