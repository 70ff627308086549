# Subclassing builtins: list, dict, int, str, tuple; which methods return the base type.
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml + [5]).__name__, type(ml[1:]).__name__, len(ml), isinstance(ml, list))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md["b"] = 2
md.update(c=3)
print(md, type(md).__name__)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
mi = MyInt(7)
print(repr(mi), mi + 1, type(mi + 1).__name__, mi == 7, hash(mi) == hash(7))
class MyStr(str):
    pass
ms = MyStr("abc")
print(ms.upper(), type(ms.upper()).__name__, type(ms).__name__, ms == "abc")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, type(p).__name__, p + (3,), len(p))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
