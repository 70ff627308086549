# property: getter/setter/deleter, read-only errors, property() call form, inheritance of properties.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        "Fahrenheit (read-only)."
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
class Old:
    def _get(self):
        return "got"
    x = property(_get)
print(Old().x)
try:
    del Old().x
except AttributeError as e:
    print("AttributeError:", e)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"child sees {self._c}"
ch = Child(5)
ch.celsius = 7
print(ch.celsius)
