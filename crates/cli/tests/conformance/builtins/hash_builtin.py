# hash() of ints, floats, strings (PYTHONHASHSEED=0), bytes, tuples, frozensets, None and bools.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 62), hash(-(2 ** 64)))
print(hash(0.0), hash(-0.0), hash(0.5), hash(1.5), hash(-2.5), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None), type(hash(None)).__name__)
print(hash(""), hash("a"), hash("abc"), hash("hello world"), hash("é"), hash("日本"), hash("🐍"))
print(hash(b""), hash(b"abc"), hash(b"abc") == hash("abc"))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", "b")), hash((1, (2, 3))), hash((True, 1.5, "x")))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})))
print(hash(1 + 2j), hash(complex(0, 1)), hash(range(3)) == hash(range(3)))
class C:
    pass
print(type(hash(C())).__name__, hash(C) == hash(C))
