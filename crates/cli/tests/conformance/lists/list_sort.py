# list.sort and sorted: stability, key, reverse, mixed types errors, sorting tuples and strings.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [5, -3, 2.5, 0, -7, 10 ** 20, True]
print(sorted(nums), sorted(nums, key=abs), max(nums), min(nums))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
data = [3, 1, 2]
result = data.sort()
print(result, data)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
class Key:
    calls = 0
    def __init__(self, v):
        Key.calls += 1
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print([k.v for k in sorted(map(Key, [4, 2, 9, 1]))], Key.calls)
