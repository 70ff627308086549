# compile() of invalid source: SyntaxError/IndentationError class, message, line and offset (3.11 wording).
snippets = [
    "x = = 1",
    "def f(:\n    pass",
    "if True\n    pass",
    "for x in range(3):\nprint(x)",
    "  x = 1",
    "return 5",
    "f(**a, *b)",
    "a + = 1",
    "print 'hello'",
    "x = (1, 2",
    "lambda: (yield)",
    "def f():\n    x = 1\n    global x",
    "class C:\n    nonlocal y",
    "f(x for x in y, 1)",
    "1 = x",
    "del f()",
    "'unterminated",
    "a, b += 1",
    "break",
    "def f(a, a): pass",
    "x = 1 if 2",
    "async def f():\n    yield from g()",
]
for src in snippets:
    try:
        compile(src, "<snippet>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset})")
