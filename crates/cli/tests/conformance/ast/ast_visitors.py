import ast

src = """
def add(a, b=2, *rest, key=None, **kw):
    total = a + b
    for r in rest:
        total += r
    return total

class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError

x = add(1, 2) * 3
y = [i ** 2 for i in range(5) if i % 2 == 0]
"""

tree = ast.parse(src)
print(type(tree).__name__, len(tree.body))
print(ast.dump(tree.body[2]))
print(ast.dump(tree.body[3], indent=4))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
        self.functions = []

    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.functions.append((node.name, [a.arg for a in node.args.args], node.lineno))
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names, c.calls, c.functions)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Doubler().visit(ast.parse("z = 1 + 2 * x - 'a'"))
print(ast.dump(t2))
print(ast.unparse(t2))
print(ast.unparse(tree))

for node in ast.walk(ast.parse("a.b(c, d[e])")):
    print(type(node).__name__, end=" ")
print()

print(ast.literal_eval("[1, 2.5, 'x', (True, None), {'k': -3}, {1, 2}, b'by', 1+2j]"))
print(ast.literal_eval("  -(5)  ".strip()))
for bad in ["x + 1", "f()", "[a]", "1 +", "{**d}"]:
    try:
        print(ast.literal_eval(bad))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(":")[0])

e = ast.parse("x if y else z", mode="eval")
print(ast.dump(e))
print(ast.dump(ast.parse("print(1)", mode="single")))
n = ast.parse("a = 1\nb = 2\n")
print([(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset) for s in n.body])
print(ast.get_source_segment("a = f(x,\n  y)", ast.parse("a = f(x,\n  y)").body[0].value))
fixed = ast.fix_missing_locations(ast.Module(body=[ast.Expr(ast.Name("q", ast.Load()))], type_ignores=[]))
print(fixed.body[0].lineno, fixed.body[0].value.col_offset)
print(ast.increment_lineno(ast.parse("x")).body[0].lineno)
print(isinstance(tree, ast.AST), isinstance(tree.body[0], ast.stmt), issubclass(ast.Name, ast.expr))
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.arguments._fields)
print(ast.BinOp.__doc__)
print(ast.cmpop.__doc__)
node = ast.Name("v", ast.Load())
print(node.id, type(node.ctx).__name__, ast.dump(node))
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
k = ast.keyword(arg="k", value=ast.Constant(1))
print(ast.dump(k), k.arg)
print(ast.Constant(value=5).kind, ast.FunctionDef().returns)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
m = compile("w = 1", "<s>", "exec", ast.PyCF_ONLY_AST)
print(ast.dump(m))
match ast.parse("foo(1, 2)").body[0].value:
    case ast.Call(func=ast.Name(id=name), args=[ast.Constant(value=a), *_]):
        print("matched", name, a)
print(ast.dump(ast.parse("f'{x!r:>10} and {y}'"), indent=1))
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
