# __hash__ and __eq__: defining __eq__ removes hashing, explicit __hash__, identity-based defaults.
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__)
try:
    hash(Eq())
except TypeError as e:
    print("TypeError:", e)
try:
    {Eq()}
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, hash(Both("a")) == hash("a"))
class Inherit(Both):
    pass
print(hash(Inherit(3)) == hash(3))
class Override(Both):
    def __eq__(self, o):
        return False
try:
    hash(Override(1))
except TypeError as e:
    print("TypeError:", e)
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100), hash(Big()))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
d = {}
o = object()
d[o] = 1
print(d[o], o == o, object() == object())
