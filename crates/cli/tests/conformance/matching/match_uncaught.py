# Uncaught TypeError raised while matching a class pattern with too many positional sub-patterns.
class Pair:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right
def show(v):
    match v:
        case Pair(a, b, c):
            return "three"
        case _:
            return "other"
print(show(1))
print(show(Pair(1, 2)))
