import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('ab'), 5)))
print(list(it.repeat('x', 3)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a'])))
for key, group in it.groupby('aaabccdaa'):
    print(key, ''.join(group), end='; ')
print()
data = sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len)
print([(k, list(g)) for k, g in it.groupby(data, key=len)])
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 5)), list(it.islice('abcdefg', 0, None, 3)))
print(list(it.pairwise('abcd')), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter(range(4)))
print(list(a), list(b))
print(list(it.zip_longest('abc', [1], fillvalue='-')))
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations('abc', 2)))
print(list(it.permutations(range(3))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations('ab', 5)), list(it.permutations('ab', 0)))
print(sum(1 for _ in it.combinations(range(10), 4)))
print(list(zip(it.count(), 'xyz')))
try:
    it.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    list(it.combinations('abc', -1))
except ValueError as e:
    print('ValueError', e)
