# A state machine and command parser with match: literals, captures, class patterns, guards, or-patterns, mappings
from enum import Enum
class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"

def transition(state, event):
    match (state, event):
        case (State.IDLE, "start"):
            return State.RUNNING
        case (State.RUNNING, "pause"):
            return State.PAUSED
        case (State.PAUSED, "resume"):
            return State.RUNNING
        case (State.RUNNING | State.PAUSED, "stop"):
            return State.DONE
        case (s, e):
            raise ValueError(f"bad event {e!r} in {s.name}")

s = State.IDLE
for ev in ["start", "pause", "resume", "stop", "start"]:
    try:
        s = transition(s, ev)
        print(ev, "->", s)
    except ValueError as e:
        print(type(e).__name__, e)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(cx, cy), r=radius) if radius > 10:
            return f"big circle at {cx},{cy}"
        case Circle(_, r):
            return f"circle r={r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case str() as text if len(text) > 3:
            return f"long string {text!r}"
        case str(c):
            return f"short {c}"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [first, *middle, last]:
            return f"seq {first}..{last} ({len(middle)} middle)"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={rest}"
        case {"type": t}:
            return f"typed {t}"
        case None | True | False:
            return f"singleton {obj}"
        case _:
            return "unknown"

for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(None, 2), -3, -2.5, 4, 4.5,
          "hello", "hi", [], (), [1], (1, 2, 3, 4), {"type": "user", "name": "ann", "age": 3}, {"type": 1}, None, True, {1, 2}, "x"[1:]]:
    print(describe(o))

def command(line):
    match line.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return f"unknown command {cmd}"
        case []:
            return "nothing"
for line in ["go north", "go up", "take sword shield", "take", "exit", "dance now", ""]:
    print(repr(line), "=>", command(line))

def literal(v):
    match v:
        case 1:
            return "one"
        case 1.5:
            return "one and a half"
        case -2:
            return "minus two"
        case 1+2j:
            return "complex"
        case "s" "t":
            return "st"
        case b"bytes":
            return "bytes"
        case _:
            return "other"
print([literal(v) for v in [1, 1.0, True, 1.5, -2, 1 + 2j, "st", b"bytes", 2]])
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
