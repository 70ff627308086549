# Whole program: an LRU cache built from a dict and a hand-written doubly linked list, used as a memoizer.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print("evict", lru.key)
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)
    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
cache = LRU(3)
for k in "abcabdaeb":
    if cache.get(k) is None:
        cache.put(k, k.upper())
    print(k, cache.keys())
print("hits", cache.hits, "misses", cache.misses)
def memoize(capacity):
    def deco(fn):
        store = LRU(capacity)
        def wrapper(n):
            missing = object()
            v = store.get(n, missing)
            if v is missing:
                v = fn(n)
                store.put(n, v)
            return v
        wrapper.cache = store
        return wrapper
    return deco
@memoize(50)
def stairs(n):
    return 1 if n < 2 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
print([stairs(i) for i in range(12)], stairs(60), stairs.cache.misses, stairs.cache.hits, len(stairs.cache.map))
