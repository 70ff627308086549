# Iterating lists: enumerate, zip, reversed, modifying while iterating, list() of iterators.
a = ["a", "b", "c"]
for i, v in enumerate(a):
    print(i, v)
for i, v in enumerate(a, start=10):
    print(i, v)
for v in reversed(a):
    print(v, end=" ")
print()
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r))
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
print(list(zip(a, range(5))), list(map(str.upper, a)))
