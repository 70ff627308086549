import ast
import inspect
import functools
from pprint import pprint, pformat
from dataclasses import dataclass, field


def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> float:
    """Doc of f."""
    return 1.0


sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(lambda x, *, y=1: None))
b = sig.bind(1, 2, 3, 4, d=5, z=6)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(b)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)


class C:
    def __init__(self, x, y=0):
        self.x = x

    def method(self, z):
        return z

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=1):
        pass


print(inspect.signature(C), inspect.signature(C.method), inspect.signature(C(1).method))
print(inspect.signature(C.cm), inspect.signature(C.sm))
p = functools.partial(f, 1, d=4)
print(inspect.signature(p))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(inspect.signature(wrapper), wrapper.__name__, wrapper.__doc__)
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).method), inspect.isbuiltin(len))
print(inspect.getdoc(f), inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f))
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmro(bool))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
new = sig.replace(return_annotation=inspect.Signature.empty)
print(new)
print(inspect.getfullargspec(f))
print(inspect.cleandoc("""
    Hello
      world
    """))


def gen():
    yield 1


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))


@dataclass
class Cfg:
    name: str
    values: list = field(default_factory=lambda: [1, 2, 3])
    nested: dict = field(default_factory=lambda: {"a": [1, 2], "b": {"c": 3}})


print(inspect.signature(Cfg))
data = {"zeta": list(range(30)), "alpha": {"x": 1, "y": (1, 2)}, "cfg": Cfg("n"), "s": {3, 1, 2}}
pprint(data)
pprint(data, width=40, sort_dicts=False)
print(pformat([Cfg("a"), Cfg("b", [9])], indent=2))
pprint(Cfg("long" * 10, list(range(25))))
print(ast.get_docstring(ast.parse('"""Module doc."""\ndef f():\n    """Func doc.\n\n    More."""\n').body[1]))
