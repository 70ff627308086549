# Infinite recursion through __repr__, __eq__ and __getattr__ ends in RecursionError that can be caught.
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__)
class Attr:
    def __getattr__(self, name):
        return self.missing_too
try:
    Attr().x
except RecursionError as e:
    print("getattr:", type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("eq:", type(e).__name__)
class Str:
    def __str__(self):
        return f"{self}"
try:
    str(Str())
except RecursionError as e:
    print("str:", type(e).__name__)
print("still running")
