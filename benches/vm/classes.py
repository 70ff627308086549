# Classes: instantiation, inheritance with super(), dunder methods, isinstance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Named(Vec):
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name


acc = Vec(0, 0)
same = 0
for i in range(150_000):
    v = Named(i % 7, i % 5, "n")
    acc = acc + v
    if v == Vec(1, 1):
        same += 1
    if isinstance(v, Vec):
        same += 0
print(acc.x, acc.y, same)
