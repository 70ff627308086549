# __iter__/__next__ iterators, the legacy __getitem__ sequence protocol, and iter() errors.
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq())
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
class Reusable:
    def __iter__(self):
        yield from (1, 2)
r = Reusable()
print(list(r), list(r), tuple(r))
try:
    next(Reusable())
except TypeError as e:
    print("TypeError:", e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError:", e)
