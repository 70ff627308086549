# __new__ vs __init__: immutable subclasses, __new__ returning other types, init arg errors.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, len(u), u + "!", isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5) + 1).__name__)
class Weird:
    def __new__(cls, flag):
        if flag:
            return 42
        return super().__new__(cls)
    def __init__(self, flag):
        print("__init__ called", flag)
print(Weird(True), type(Weird(False)).__name__)
class Plain:
    pass
for call in [lambda: Plain(1), lambda: object(1), lambda: Pos(-1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
