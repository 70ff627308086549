# __getattr__ (only for missing attributes) vs __getattribute__ (every access), __setattr__, __delattr__.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xyz, getattr(l, "xa", None), hasattr(l, "other"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("__delattr__", name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
g = Logged()
g.a = "hello"
print(g.a, g.method(), g.log)
del g.a
try:
    g.a
except AttributeError as e:
    print("AttributeError:", e)
class Fallback:
    def __getattribute__(self, name):
        raise AttributeError(name)
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Fallback().anything)
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
