import dataclasses
from dataclasses import dataclass, field
from typing import Any, Optional
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclass
class Item:
    name: str
    price: float = 0.0
    color: Color = Color.RED
    meta: dict = field(default_factory=dict, metadata={"unit": "eur"})
    note: Optional[str] = None


print(Item.__doc__)
it = Item("pen", 1.5)
print(it, dataclasses.fields(it)[3].metadata["unit"], dataclasses.fields(Item)[3].name)
print(dataclasses.asdict(it, dict_factory=lambda kv: sorted(kv)))
print(Item.__eq__ is not object.__eq__, Item.__hash__)


@dataclass
class P:
    x: int

    def __post_init__(self):
        print("P post", self.x)


@dataclass
class Q(P):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Q post", self.y)


Q(1, 2)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


print(sorted([Card(3, "h"), Card(1, "s"), Card(2, "d")]), Card(1, "a") == Card(1, "b"))
try:
    @dataclass
    class Thaw(Card):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Box:
    content: Any
    size: int = field(default=1, repr=False)

    @property
    def double(self):
        return self.size * 2


b = Box([1, 2])
print(b, b.double, dataclasses.replace(b, size=5).double)
try:
    dataclasses.fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    dataclasses.asdict(Box)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.astuple(Box((1, [2, {3: 4}]))))


@dataclass
class Rec:
    items: list = field(default_factory=list)

    def add(self, x):
        self.items.append(x)
        return self


print(Rec().add(1).add(2), Rec())
print(dataclasses.MISSING is not None, repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE"))


@dataclass(init=False)
class Manual:
    a: int
    b: int = 3

    def __init__(self, a):
        self.a = a * 10


print(Manual(2))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))
match Item("cup", 2.0):
    case Item(name, price=p):
        print("matched", name, p)

C = dataclasses.make_dataclass("C", ["a", ("b", int, 5)], bases=(P,))
print(C(1, 7), C.__mro__[1].__name__)
print(dataclasses.is_dataclass(C(1, 2)), type(dataclasses.fields(C)))
