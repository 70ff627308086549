# Function objects: __name__, __qualname__, __module__, __defaults__, __code__ basics, attributes.
def outer():
    def inner(x, y=1, *a, z, **k):
        "inner doc"
        local = x
        return local
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_posonlyargcount, f.__code__.co_flags & 0x0C, f.__defaults__, f.__kwdefaults__)
f.custom = "attr"
print(f.custom, sorted(k for k in f.__dict__))
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
class K:
    def m(self):
        pass
    class Inner:
        def deep(self):
            pass
print(K.m.__qualname__, K.Inner.deep.__qualname__, K.Inner.__qualname__)
print(type(f).__name__, callable(f), callable(3), type(K.m).__name__, type(K().m).__name__)
print(K().m.__func__ is K.m, K().m.__self__.__class__.__name__)
def annotated(a: int, b: "str" = "x") -> list:
    pass
print(annotated.__annotations__)
