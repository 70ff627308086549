# strip/lstrip/rstrip, center/ljust/rjust/zfill, expandtabs, translate/maketrans.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)), repr("hello".center(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nx\ty".expandtabs(3)))
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), table)
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", "b": None}))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
