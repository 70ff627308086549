# Sorting: key functions, reverse, stability, cmp_to_key, itemgetter/attrgetter, sorting mixed records
from functools import cmp_to_key
from operator import itemgetter, attrgetter
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"), ("eve", 35, "LA")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print([p[0] for p in sorted(people, key=itemgetter(2))])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
def compare(a, b):
    if len(a) != len(b):
        return len(b) - len(a)
    return (a > b) - (a < b)
print(sorted(words, key=cmp_to_key(compare)))
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return f"{self.name}/{self.dept}/{self.salary}"
emps = [Emp("z", "eng", 100), Emp("y", "ops", 90), Emp("x", "eng", 120), Emp("w", "ops", 90)]
print(sorted(emps, key=attrgetter("dept", "salary")), max(emps, key=attrgetter("salary")), min(emps, key=lambda e: e.name))
lst = [5, 2, 8, 1, 9, 3]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst, sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)), list(reversed(sorted([2, 1]))))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=itemgetter(0))
print(stable)
print(sorted([3.5, 1, True, -2, 0.0]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
for bad in ([1, "a"], [None, 1], [{}, {}], [1j, 2j]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [3, 1].sort(key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(range(10), key=lambda x: x % 3), sorted(["b", "A", "c"], key=str.casefold, reverse=True))
import heapq, bisect
h = [5, 1, 4, 2]
heapq.heapify(h)
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, people, key=itemgetter(1)))
s = [1, 3, 3, 5, 8]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4))
bisect.insort(s, 4)
print(s, list(heapq.merge([1, 4, 7], [2, 5, 8])))
