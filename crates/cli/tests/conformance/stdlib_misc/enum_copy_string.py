import copy
import enum
import string
import keyword
import heapq
import bisect
import operator
import types


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Color.RED, Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.GREEN in Color, len(Color), repr(Color.BLUE))
print(Perm.R | Perm.W, int(Perm.R | Perm.X), bool((Perm.R | Perm.W) & Perm.W))


class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()


print([m.value for m in Auto])

data = {'a': [1, 2, {'b': 3}], 't': (1, [2])}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data['a'][2]['b'] = 99
print(shallow['a'][2]['b'], deep['a'][2]['b'], deep == data, deep['t'])


class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)


tree = Node(1, [Node(2), Node(3)])
tree2 = copy.deepcopy(tree)
tree2.children[0].v = 20
print(tree.children[0].v, tree2.children[0].v, type(tree2).__name__)

print(string.ascii_lowercase, string.digits, string.punctuation[:5])
print(string.capwords('hello big world'), string.Template('$who likes $what').substitute(who='tim', what='pie'))
print(string.Formatter().format('{0}-{x}', 1, x=2))
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), len(keyword.kwlist) > 30)

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(3)], heapq.nsmallest(2, [4, 1, 7]), heapq.nlargest(2, 'hello'))
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
s = [1, 3, 5, 7]
bisect.insort(s, 4)
print(s, bisect.bisect_left(s, 5), bisect.bisect_right(s, 5), bisect.bisect(s, 0))
print(operator.add(2, 3), operator.neg(4), operator.contains([1], 1), operator.getitem('abc', 1))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=3))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
print(int | None, list[int], (int | str) == (str | int), isinstance(3, int | str))
