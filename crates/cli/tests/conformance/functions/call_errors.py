# Exact TypeError messages for bad calls to Python functions, methods and builtins.
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kwonly(*, x, y):
    pass
class C:
    def method(self, v):
        pass
    @staticmethod
    def smeth(v):
        pass
five, text, nothing = 5, "str", None
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: opt(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, a=2),
    lambda: kwonly(),
    lambda: kwonly(x=1),
    lambda: kwonly(1, 2),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: C.smeth(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: print(foo=1),
    lambda: int("1", "2", "3"),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: C()(),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
    lambda: {}.get(),
    lambda: [].append(),
    lambda: sorted([], reverse=True, nope=1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
