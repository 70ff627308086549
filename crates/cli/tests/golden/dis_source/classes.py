class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, *a, z=0):
        super().__init__(*a)
        self.z = z


async def fetch(session, urls):
    async with session:
        return [await session.get(u) async for u in urls]


match Point(1, 2):
    case Point(x=0, y=y):
        print("on y axis", y)
    case Point(x=x, y=y) if x == y:
        print("diagonal")
    case _:
        print("somewhere")
