# abc abstract classes, typing annotations at runtime, Protocol-ish checks, generics
from abc import ABC, abstractmethod, ABCMeta
from typing import List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Any, NamedTuple, get_type_hints
import typing
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
class Partial(Shape):
    def area(self):
        return 0
print(Square(3).describe(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__))
for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
class Iface(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self):
        return "quack"
print(issubclass(Duck, Iface), isinstance(Duck(), Iface), issubclass(int, Iface))
class Base(ABC):
    pass
Base.register(int)
print(issubclass(int, Base), isinstance(3, Base), issubclass(str, Base))
from collections.abc import Iterable, Sequence, Mapping, Hashable, Callable as CCallable, Sized, Iterator, Generator
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("s", Iterable), isinstance(3, Iterable), isinstance([], Hashable), isinstance(len, CCallable))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), issubclass(dict, Sized), isinstance(range(3), Sequence))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), Stack[int].__origin__ is Stack, T, repr(T))
def fn(a: int, b: Optional[str] = None, *rest: float, cb: Callable[[int], str] = str) -> Dict[str, List[int]]:
    return {}
print(fn.__annotations__)
print(get_type_hints(fn))
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], Callable[..., Any], int | str, int | None)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(int | str), Union[int, int] is int)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp._fields, Emp.__annotations__)
x: int = 5
y: "forward"
print(__annotations__)
class Annotated:
    a: int
    b: str = "s"
print(Annotated.__annotations__, hasattr(Annotated, "a"), Annotated.b)
print(typing.TYPE_CHECKING, typing.cast(int, "x"), isinstance([], typing.List) if False else "skip")
try:
    isinstance(3, List[int])
except TypeError as e:
    print(type(e).__name__, e)
