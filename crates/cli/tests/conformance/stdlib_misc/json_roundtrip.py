import json

d = {'a': [1, 2.5, None, True, False], 'b': {'c': 'x"y\\z'}, 'u': 'é€', 'n': -12}
s = json.dumps(d)
print(s)
print(json.dumps(d, indent=2, sort_keys=True))
print(json.dumps(d, ensure_ascii=False))
print(json.loads(s) == d, json.loads('[1, "a", {"k": null}, 1e3, -0.5, true]'))
for bad in ['{bad', '[1, 2', '{"a" 1}', '']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, e.pos)
print(json.dumps([1, 2], separators=(',', ':')), json.loads('"\\u00e9\\n"'))
print(json.dumps({'k': (1, 2)}), json.dumps('tab\there'), json.dumps(3.0), json.dumps(10 ** 20))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError(f'not serializable: {type(o).__name__}')


print(json.dumps([Point(1, 2)], default=encode))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: (d['x'], d['y'])))
try:
    json.dumps({1j})
except TypeError as e:
    print('TypeError:', e)
print(json.loads('{"a": 1, "a": 2}'), json.dumps({3: 'int key', 'z': 1}, sort_keys=False))
