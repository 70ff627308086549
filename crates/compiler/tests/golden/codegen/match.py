# match statements: every pattern kind, guards, or-pattern reordering, default cases.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "neg"
        case 1.5 | 2j | -3-4j:
            return "num"
        case "a" "b":
            return "str"
        case b"x":
            return "bytes"
        case None:
            return None
        case True:
            return 1
        case False:
            return 0
        case Color.RED:
            return "red"
        case [a, b, *rest]:
            return a, b, rest
        case (a, b):
            return a
        case [a, [b, c], *_, d]:
            return d
        case {"k": v, "j": [w, *_], **kw}:
            return v, w, kw
        case {1: _, Color.GREEN: g}:
            return g
        case {}:
            return {}
        case {**rest}:
            return rest
        case Point(x=0, y=0):
            return "origin"
        case Point(a, b, c=d):
            return a, b, d
        case Point(_, _, z=_):
            pass
        case str() | bytes():
            return "s"
        case int(n) if n > 3:
            return n
        case [x, y] | (y, x) if x:
            return x + y
        case {"a": q} | {"b": q}:
            return q
        case (1 as one) | (2 as one):
            return one
        case [Point(x=a) as p, *others] as whole:
            return a, p, others, whole
        case y if y:
            return y
        case _:
            return "default"

def g(x):
    match x:
        case _:
            pass

def h(x):
    match x:
        case a:
            return a

def i(x):
    match x:
        case [1, 2]:
            pass
        case _ if x:
            return 3

def j(x, y):
    match x, y:
        case a, b,:
            pass
        case (1, 2) | (3, 4):
            pass
        case [*_, 5]:
            pass
    return 0

def k(cmd):
    match cmd.split():
        case [action]:
            print(action)
        case [action, obj]:
            print(action, obj)
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            print(direction)
        case ["drop", *objects]:
            for o in objects:
                print(o)
def f(x):
    for item in x:
        match item:
            case [a, b] | [b, a]:
                continue
            case (Point(x=a, y=b)
                  | Point(y=b, x=a)):
                break
            case {"x": a, "y": [b, c]} | {"y": [c, b], "x": a}:
                pass
            case ((1 | 2) as p) | ((3 | 4) as p):
                print(p)
            case [
                first,
                *middle,
                last,
            ]:
                print(first,
                      last)
            case Foo.Bar.Baz(
                a,
                b=[c, d],
            ) if (a >
                  c):
                pass
            case _ if item.x and item.y:
                pass
    else:
        return 1

class C:
    def m(self, x):
        match x:
            case {"a": __priv}:
                return __priv
            case __other:
                return __other

match z:
    case 1:
        pass

async def af(x):
    match x:
        case [a, *b]:
            await a
        case {1: a, **r}:
            pass

def g(v):
    match v:
        case [1, [2, [3, [4, *rest]]]]:
            return rest
        case ((a, b), (c, d)) if a == b:
            return c
        case (x, _, _, y):
            return x, y
        case [_, _]:
            return 0
        case [*_, _, _]:
            return 1
    return -1
