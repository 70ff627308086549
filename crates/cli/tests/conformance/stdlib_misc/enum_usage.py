# enum: Enum, IntEnum, Flag, auto, unique, iteration, lookup, members with methods
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.default(), Color.RED in Color, isinstance(Color.RED, Color))
print(Color.__members__.keys(), {c: c.value for c in Color}, Color.RED == 1, Color.RED == Color(1), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), int(Priority.HIGH), f"{Priority.LOW}", str(Priority.LOW), repr(Priority.LOW))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw & Perm.W, ~Perm.R, list(rw) if hasattr(rw, "__iter__") else "")
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, int(Mode.B), Mode(3))
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.name)
class Strs(str, Enum):
    A = "alpha"
    B = "beta"
print(Strs.A == "alpha", Strs.A.upper(), Strs("beta"), f"{Strs.A}", Strs.A.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("E", [("X", 10), ("Y", 20)]).Y.value)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def __str__(self):
        return self.name.title()
print(Shape.SQUARE, f"{Shape.CIRCLE}", [s.value for s in Shape])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
print(type(Color.RED).__name__, Color.__class__.__name__, enum.EnumMeta is type(Color))
