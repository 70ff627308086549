# super() with and without arguments, in classmethods, skipping classes, super() of properties.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @property
    def p(self):
        return "A.p"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
    @property
    def p(self):
        return "B.p>" + super().p
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
    def explicit(self):
        return super(C, self).f()
c = C()
print(c.f(), c.explicit(), C.make(), c.p)
print(super(C, c).f(), super(B, C).make(), type(super(C, c)).__name__)
def not_in_class():
    return super().f()
try:
    not_in_class()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
class D(A):
    def f(self):
        inner = lambda: super(D, self).f()
        return "D>" + inner()
print(D().f())
