from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
from typing import List, ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.dist2(), Point(1), Point(x=2, y=5))
print(p == Point(3, 4), p == Point(4, 3), p != Point(3, 4))
print(repr(Point.__init__.__name__), Point.__match_args__)
print([f.name for f in fields(Point)], [f.default for f in fields(Point)][1:])
print(asdict(p), astuple(p), replace(p, y=10))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__dataclass_fields__['x'].type, Point.__annotations__)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, compare=False)
    limit: ClassVar[int] = 100


a = Inventory()
b = Inventory()
a.items.append("apple")
print(a, b, a.items is b.items, Inventory.limit)
print(Inventory(["x"], {"x": 1}, 5) == Inventory(["x"], {"x": 1}, 7))
print([f.name for f in fields(Inventory)])


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()


f = Frozen("a", ("t",))
print(f, hash(f) == hash(Frozen("a", ("t",))), {f: 1}[Frozen("a", ("t",))])
try:
    f.name = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del f.name
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(f, name="z"))


@dataclass
class WithPost:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


print(WithPost(2, 3), WithPost(2, 3, 2.0), [f.name for f in fields(WithPost)])


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = field(default=5, kw_only=True)


print(Mixed(1, b=2), Mixed.__match_args__)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)

Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="q"))], namespace={"twice": lambda self: self.a * 2})
d = Dyn(4)
print(d, d.twice(), Dyn.__name__)


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is not None)


@dataclass(repr=False)
class NoRepr:
    v: int


print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(hash=False, default=0)


print(hash(Hashed(1, 2)) == hash(Hashed(1, 3)), Hashed(1) == Hashed(1))

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
