# Uncaught AttributeError deep in method calls with carets under attribute access and calls
class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
    def root(self):
        return self if self.parent is None else self.parent.root()
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()
    def describe(self):
        return f"{self.value} at depth {self.depth()} under {self.root().value.upper()}"
a = Node("a")
b = Node("b", a)
print(b.describe())
c = Node("c", Node(5))
print(c.describe())
