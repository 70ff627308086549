# Recursion over data: deep nested lists printed, tree depth, repr of a deep but finite structure.
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested)[:20], len(str(nested)))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(nested))
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children!r})"
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree)
def total(node):
    return node.value + sum(total(c) for c in node.children)
print(total(tree))
def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.children:
        yield here
    for c in node.children:
        yield from paths(c, here)
print(list(paths(tree)))
