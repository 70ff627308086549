# LRU cache built two ways (OrderedDict and dict+linked list), with dunders, stats and eviction callbacks
from collections import OrderedDict
class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
        self.on_evict = on_evict
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            k, v = self.data.popitem(last=False)
            if self.on_evict:
                self.on_evict(k, v)
    __setitem__ = put
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __iter__(self):
        return iter(self.data)
    def __repr__(self):
        return f"LRU({dict(self.data)}, hits={self.hits}, misses={self.misses})"
evicted = []
c = LRU(3, on_evict=lambda k, v: evicted.append((k, v)))
for k in "abcabdeaf":
    if c.get(k) is None:
        c[k] = k.upper() * 2
print(c, evicted, len(c), list(c), "a" in c, "b" in c)
try:
    c["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    LRU(0)
except ValueError as e:
    print(type(e).__name__, e)
class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LinkedLRU:
    def __init__(self, cap):
        self.cap, self.map = cap, {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, k):
        n = self.map.get(k)
        if n is None:
            return -1
        self._unlink(n)
        self._push(n)
        return n.val
    def put(self, k, v):
        if k in self.map:
            self._unlink(self.map.pop(k))
        n = self.map[k] = Node(k, v)
        self._push(n)
        if len(self.map) > self.cap:
            old = self.head.next
            self._unlink(old)
            del self.map[old.key]
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
l = LinkedLRU(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4), ("get", 1), ("get", 3), ("get", 4)]
print([getattr(l, op[0])(*op[1:]) for op in ops], l.keys())
from functools import lru_cache
@lru_cache(maxsize=3)
def sq(n):
    return n * n
print([sq(n) for n in [1, 2, 1, 3, 4, 1, 2]], sq.cache_info())
