# Chained comparisons, is/is not, in/not in, comparing mixed numeric types and sequences.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 0)
print(x == 5.0, x != 5, 5 <= x >= 5)
print(None is None, None is not None, [] is [], () == ())
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3)
print(3 in [1, 2, 3], "bc" in "abcd", "x" not in "abc", 2 in {1: 0, 2: 0})
print(float("nan") == float("nan"), float("inf") > 10**300)
print(10**20 == 1e20, 10**30 == 1e30, 2**53 + 1 == float(2**53 + 1))
print([1, [2, 3]] == [1, [2, 3]], {1: [1]} == {1: [1]}, {1, 2} == {2, 1})
print((1, 2) == [1, 2], "1" == 1)
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(3))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > None)
except TypeError as e:
    print("TypeError:", e)
