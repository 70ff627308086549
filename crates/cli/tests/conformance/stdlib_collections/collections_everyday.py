# Counter, defaultdict, OrderedDict, deque, ChainMap and namedtuple in typical use
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
words = "the cat and the hat and the bat sat on the mat".split()
c = Counter(words)
print(c.most_common(3), c["the"], c["zebra"], len(c), sum(c.values()), c.total())
print(sorted(c.elements())[:6], list(c.keys())[:4])
c2 = Counter("abracadabra")
print(c2, c2.most_common(2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) + Counter(a=1, b=1))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c2.update("aaz")
c2.subtract({"a": 10})
print(c2, repr(Counter()), Counter({"x": 2}) == Counter(x=2))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory, repr(defaultdict(int)))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["zz"], "zz" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(None)
try:
    dd["missing"]
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict()
for k in "bca":
    od[k] = ord(k)
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1, b=2)
print(od2 == OrderedDict(b=2, a=1), dict(od2) == dict(b=2, a=1), od2 == {"b": 2, "a": 1})
dq = deque([1, 2, 3], maxlen=5)
dq.append(4); dq.appendleft(0); dq.append(5)
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq.popleft(), dq.pop(), dq)
dq.extend([7, 8]); dq.extendleft([9, 10])
print(dq, dq.count(7), 8 in dq, list(reversed(dq)))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point3(1, 2), Point3._field_defaults)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), Point._make([3, 4]), hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "def class")
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "a a_ b", rename=False) if False else namedtuple("R", "a def b", rename=True)
print(R._fields)
class Employee(namedtuple("Employee", "name salary")):
    __slots__ = ()
    def raise_pct(self, pct):
        return self._replace(salary=round(self.salary * (1 + pct / 100)))
print(Employee("ann", 1000).raise_pct(10))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0
print(cm.maps)
