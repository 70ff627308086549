# ---- patterns
def f(subject):
    match subject:
        case 1 | 2 as small:
            return small
        case [first, *rest]:
            return first, rest
        case {"k": value, **others}:
            return value, others
        case Point(x=px, y=0) | Point(px, _):
            return px
        case str() as s if s:
            return s
        case None | True:
            pass
        case Const.VALUE:
            pass
        case [*_]:
            pass
        case _:
            return default
# ---- module_match
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
