# dis.dis on a class disassembles each method in name order; a generator function and an async function.
import dis
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
dis.dis(Point)
def gen(n):
    yield n
    yield n + 1
dis.dis(gen)
async def coro(a):
    return await a
dis.dis(coro)
