# *args/**kwargs, keyword-only, positional-only, defaults, and CPython's binding error messages
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=0))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(*[1, 2, 3], **{"e": 1, "extra": 2}))
calls = [
    "f(1, 2, 3)", "f(1, e=2)", "f(1, 2, 3, e=1, c=2)", "f(a=1, b=2, c=3, e=4)", "f()",
    "g()", "g(1, 2, 3)", "g(1, x=2)", "g(y=1)", "h(1, 2)", "h(1, b=2)", "h()", "k(1, 2, 3, 4)",
    "k(**{'a': 1, 'b': 2})", "k(1, **{'a': 2})", "k(**{1: 2})", "k(*5)", "k(**[1])", "m(1, 2)",
    "o(1, 2)", "o(b=1)", "p(1, 2, 3)", "kwonly(1, 2)", "kwonly()", "Cls().meth(1, 2)", "Cls(1)", "Cls.meth()",
    "len()", "len(1, 2)", "abs(x=1)", "int(1, 2, 3)", "sorted([], 1)", "max()", "print(sep=1)", "dict(1, 2)",
    "divmod(1)", "isinstance(1)", "getattr(1)", "pow()", "range()", "'a'.split(1, 2, 3)", "[].append()",
    "{}.get()", "min(1)", "zip(1)", "map(None)", "enumerate()", "'x'.join()", "str(1, 2, 3, 4)",
]
def g(x):
    return x
def h(a, /, b):
    return a, b
def k(a, b=2, c=3):
    return a, b, c
def m(*, x):
    return x
def o(a, /):
    return a
def p(a, b=1, /, *, c=2):
    return a, b, c
def kwonly(*args, required, other):
    return args
class Cls:
    def meth(self, x):
        return x
for c in calls:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "->", type(e).__name__, e)
def defaults(x=[]):
    x.append(len(x))
    return x
print(defaults(), defaults(), defaults([9]), defaults.__defaults__)
def annotated(a: int, b: "str" = "s", *c: float, d: bool = False, **e: dict) -> list:
    return [a, b, c, d, e]
print(annotated.__annotations__, annotated.__kwdefaults__, annotated.__defaults__)
print(annotated.__code__.co_argcount, annotated.__code__.co_kwonlyargcount, annotated.__code__.co_posonlyargcount, annotated.__code__.co_varnames)
print(h.__code__.co_posonlyargcount, f.__code__.co_flags & 0x0C)
def star_only(*, a=1, b):
    return a, b
print(star_only(b=2), star_only(a=0, b=1))
def collect(**kw):
    return kw
print(collect(**{"a": 1}, b=2, **{"c": 3}))
try:
    collect(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda a, b=2: a + b)(1), (lambda: "noargs")())
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
def outer_name():
    def inner(q):
        return q
    return inner
try:
    outer_name()()
except TypeError as e:
    print(type(e).__name__, e)
print(outer_name().__qualname__, outer_name().__name__, f.__qualname__)
