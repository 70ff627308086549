# Linked list and binary tree with container dunders: __len__, __iter__, __reversed__, __getitem__, __setitem__, __delitem__, __contains__
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val, self.next = val, next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __reversed__(self):
        return iter(list(self)[::-1])
    def _node(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node(i).val
    def __setitem__(self, i, v):
        self._node(i).val = v
    def __delitem__(self, i):
        if i < 0:
            i += self.size
        if i == 0:
            self._node(0)
            self.head = self.head.next
        else:
            prev = self._node(i - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self.size -= 1
    def __contains__(self, v):
        print("contains", v)
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __bool__(self):
        return self.head is not None

ll = LinkedList([1, 2, 3, 4, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], list(reversed(ll)))
ll[2] = "three"
del ll[0]
del ll[-1]
print(ll, len(ll), 4 in ll, 99 in ll, 99 not in ll)
for bad in (10, -10):
    try:
        ll[bad]
    except IndexError as e:
        print(type(e).__name__, e)
print(ll + LinkedList("ab"), bool(LinkedList()), ll == LinkedList([2, "three", 4]))
a, *rest = ll
print(a, rest, sorted(LinkedList([3, 1, 2])), max(LinkedList([3, 9, 2])), "-".join(map(str, ll)))
print(dict(zip(ll, range(3))), enumerate(ll).__next__())

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), iter(Seq()).__class__.__name__)
for i, x in enumerate(Seq()):
    print(i, x, end="; ")
print()

class Tree:
    def __init__(self):
        self.root = None
    def __setitem__(self, k, v):
        def ins(node):
            if node is None:
                return [k, v, None, None]
            if k < node[0]:
                node[2] = ins(node[2])
            elif k > node[0]:
                node[3] = ins(node[3])
            else:
                node[1] = v
            return node
        self.root = ins(self.root)
    def __getitem__(self, k):
        node = self.root
        while node:
            if k == node[0]:
                return node[1]
            node = node[2] if k < node[0] else node[3]
        raise KeyError(k)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n[2])
                yield n[0]
                yield from walk(n[3])
        return walk(self.root)
    def __len__(self):
        return sum(1 for _ in self)
    def __missing__(self, k):
        return "never called"
t = Tree()
for w in "the quick brown fox jumps over the lazy dog".split():
    t[w] = len(w)
print(list(t), len(t), t["fox"])
try:
    t["cat"]
except KeyError as e:
    print(type(e).__name__, e)

class D(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)

class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Seq())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
