# Class bodies: execution order, names visible during class creation, dynamic attributes, dir() of classes.
print("before class")
class Config:
    print("executing class body")
    debug = False
    level = 3 if not debug else 10
    names = [n for n in ("a", "b")]
    def method(self):
        return self.level
    print("locals at end:", sorted(k for k in list(locals()) if not k.startswith("__")))
print("after class")
print(Config.level, Config().method(), Config.names)
setattr(Config, "added", 99)
print(Config.added, Config().added, getattr(Config, "nope", "fallback"), hasattr(Config, "method"))
print([n for n in dir(Config) if not n.startswith("__")])
print(sorted(k for k in Config.__dict__ if not k.startswith("__")))
delattr(Config, "added")
print(hasattr(Config, "added"))
def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value
    return Local
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is B, A.__qualname__)
