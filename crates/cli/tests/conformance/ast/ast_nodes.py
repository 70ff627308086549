# The _ast node classes: fields, attributes, constructors and their errors, pickling
# support, and trees built by hand compared with parsed ones.
import ast
import copy


print(ast.AST._fields, ast.AST._attributes)
for name in ["Module", "FunctionDef", "ClassDef", "Assign", "For", "Try", "BinOp", "Call",
             "Constant", "comprehension", "arguments", "arg", "keyword", "alias",
             "withitem", "match_case", "MatchClass", "ExceptHandler", "TypeIgnore"]:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls.__match_args__)
for base in ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
             "excepthandler", "pattern", "type_ignore"]:
    cls = getattr(ast, base)
    print(base, cls._attributes, len(cls.__subclasses__()))
print(ast.stmt.__doc__.splitlines()[0])
print(ast.arguments.__doc__)
print(ast.Load.__doc__, ast.Add.__doc__)

n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Name("x", ast.Load()))
print(ast.dump(n), n.left.value, type(n.op).__name__)
print(ast.dump(ast.BinOp(left=ast.Constant(2))))
try:
    n.lineno
except AttributeError as e:
    print("AttributeError:", e)
print(n.end_lineno, ast.FunctionDef().returns, ast.arg().annotation, ast.ImportFrom().level)
for args in [(1, 2, 3), (1,)]:
    try:
        ast.Name(*args, 4)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.keyword(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
p = ast.Pass(lineno=3, col_offset=4)
print(p.lineno, p.col_offset, vars(p))
print(ast.Name("q").__reduce__()[1:], ast.Pass().__reduce__()[1:])
c = copy.deepcopy(ast.parse("a = [1, 2]"))
print(ast.dump(c))
print(ast.dump(copy.copy(ast.parse("f(x=1)"))))


class MyName(ast.Name):
    pass


m = MyName("z", ast.Store())
print(isinstance(m, ast.expr), m._fields, ast.dump(m))

built = ast.Module(
    body=[ast.Assign(targets=[ast.Name("a", ast.Store())], value=ast.Constant(3))],
    type_ignores=[])
print(ast.dump(built) == ast.dump(ast.parse("a = 3")))
print(ast.unparse(ast.fix_missing_locations(built)))

t = ast.parse("x + y")
print(t.body[0].value.op is ast.parse("a + b").body[0].value.op or "fresh")
print(ast.dump(ast.parse("(a, b) = c, *d")))
print(ast.dump(ast.parse("def g():\n    yield 1\n    yield from h()\n    x = await y")))
print(ast.dump(ast.parse("@property\nclass K: ...\nasync def w():\n    async with a: pass")))
print(ast.dump(ast.parse("try:\n    pass\nexcept* E:\n    pass")))
print(ast.dump(ast.parse("x: 'int'\n(y): int = 2\nnonlocal_ = {**a, 'b': 1}")))
print(ast.dump(ast.parse("print(*args, sep='', **kw)\nz = a if b else c\nq = not -~+x")))
print(ast.dump(ast.parse("r'\\d' 'x'\nb'a' b'b'\nu'uni'\n0o17 + 0b101 + 1_000 + 1e3 + 2J")))
print(ast.dump(ast.parse("s[1:2:3], s[::], s[a, b:c]")))
print(ast.dump(ast.parse("lambda *, k=1: k\nlambda a, /, b: 0")))
print(ast.dump(ast.parse("import a.b.c as d\nfrom .. import (e as f, g)")))
print(ast.dump(ast.parse("with (open(a) as b, open(c)): pass")))
print(ast.dump(ast.parse("x = 'é'; y = '日本'")), ast.parse("z = 'é' + w").body[0].value.right.col_offset)
print(ast.dump(ast.parse("global a, b\ndel x, y[0]\nassert 1\nraise\nwhile 1: break")))
print(ast.dump(ast.parse("f'{a}' f'{b!s:{c}}' 'd'\nf'{x=!a}' f'{{lit}}'")))
print(ast.dump(ast.parse("match x:\n case {1: a, **r}: pass\n case C(1, b=[2, *_]) | None: pass\n case -1 | 1+2j | 'x' as y: pass")))
