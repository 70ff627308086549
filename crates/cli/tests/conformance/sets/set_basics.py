# set and frozenset: construction, add/discard/remove/pop, algebra operators and methods, comparisons.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(3)
print(s, len(s), 2 in s, set(), set("aab") == {"a", "b"}, set([1, 2, 2]))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference((4, 5)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {99}
print(c)
c.update([5], (6,))
c.intersection_update(range(7))
print(c, c.pop() in range(7), len(c))
f = frozenset([3, 2, 1])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, hash(f) == hash(frozenset({1, 2, 3})), {f: "ok"}[frozenset({1, 2, 3})])
print(frozenset() == set(), {1} == frozenset({1}), set() == {}, type({}).__name__)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
