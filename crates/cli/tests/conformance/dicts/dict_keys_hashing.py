# Hashable keys: tuples, frozensets, numbers that compare equal, custom __hash__/__eq__, unhashable errors.
d = {(1, 2): "tuple", frozenset({1}): "frozenset", 1: "one", "1": "string one", None: "none"}
print(d[(1, 2)], d[frozenset([1])], d[1.0], d[True], d["1"], d[None])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = {Point(1, 2): "a", Point(3, 4): "b"}
print(pts[Point(1, 2)], Point(3, 4) in pts, Point(5, 6) in pts, pts)
for key in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        d[key] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    d[(1, [2])] = 0
except TypeError as e:
    print("TypeError:", e)
