# NotImplemented protocol: both sides declining gives TypeError with the exact operator text.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B handled"
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
for expr in ["A() - 1", "1 - A()", "A() * 'x'", "[] @ []", "A() < A()", "A() >= 1", "{} + {}", "None + 1", "A() ** 2", "2 ** A()", "A() % 3", "-A()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class Sub(int):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(1 + Sub(2))
print(NotImplemented, type(NotImplemented).__name__, bool(1) if True else NotImplemented)
