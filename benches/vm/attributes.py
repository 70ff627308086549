# Attribute access and method calls on instances.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


p = Point(1, 2)
acc = 0
for i in range(400_000):
    p.move(1, -1)
    acc += p.norm2() % 11
print(acc, p.x, p.y)
