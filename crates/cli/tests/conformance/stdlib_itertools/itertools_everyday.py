# itertools in typical code: groupby, chain, product, permutations, combinations, accumulate, zip_longest, islice, count, cycle, tee, starmap, pairwise
import itertools as it
import operator
data = [("fruit", "apple"), ("fruit", "banana"), ("veg", "carrot"), ("fruit", "cherry"), ("veg", "daikon")]
for key, grp in it.groupby(sorted(data), key=lambda t: t[0]):
    print(key, [name for _, name in grp])
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaa")])
print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(zip("abc", [1, 2])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.repeat("z", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.pairwise([1, 2, 3, 4])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(map(operator.itemgetter(1), data[:2])), sorted(data, key=operator.itemgetter(1), reverse=True)[0], operator.attrgetter("real")(5))
print(list(it.count(1.5, 0.5))[:0] if False else list(it.islice(it.count(1.5, 0.5), 3)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    it.permutations(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
print(dict.fromkeys(it.chain("ab", "bc")), list(zip(*[iter(range(6))] * 2)), max(it.chain([], [3]), default=None))
