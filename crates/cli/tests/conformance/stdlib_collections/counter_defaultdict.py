from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap

c = Counter('mississippi')
print(sorted(c.items()))
print(c.most_common(2), c['s'], c['z'])
c.update('sss')
c.subtract('iii')
print(sorted(c.elements())[:6], c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(1))

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 5
print(nested['x']['y'], 'x' in nested, 'q' in nested)
print(defaultdict(None, a=1))
try:
    defaultdict()['k']
except KeyError as e:
    print('KeyError', e)

od = OrderedDict()
for k in 'bca':
    od[k] = ord(k)
print(od, list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('a', last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x + p.y, p[0], p._fields, p._asdict(), p._replace(y=10))
print(Point._make([5, 6]), Point(x=1, y=2) == (1, 2))
x, y = p
print(x, y, len(p), tuple(p))
Emp = namedtuple('Emp', 'name age dept', defaults=['eng'])
print(Emp('ann', 30), Emp._field_defaults)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))
child = cm.new_child({'c': 4})
print(child['c'], child.parents['a'])
