# Global names, del of names/items/attributes/slices, NameError messages.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
try:
    undefined_name_here
except NameError as e:
    print("NameError:", e, e.name)
def g():
    print(missing_global)
try:
    g()
except NameError as e:
    print("NameError:", e)
try:
    prnt("typo")
except NameError as e:
    print("NameError:", e)
