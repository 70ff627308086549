# String operators and builtins: +, *, in, comparisons, len, ord/chr, iteration, str() of objects.
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -2, "b" in s, "" in s, s < "b", min(s), max("hello"))
print(len("héllo"), ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F40D), [c for c in "xyz"])
print(str(12), str(1.5), str(None), str([1, "a"]), str((1,)), str({"a": (1, 2)}), str(b"x"), str(True))
print("abc" == "abc", "a" * 3 == "aaa", sorted("banana"), list(reversed("abc")))
print("".join(sorted(set("mississippi"))), "hello world".title().swapcase())
print(str.upper("x"), str.join("/", ["a", "b"]), "x".__add__("y"), "ab".__mul__(2), "ab".__contains__("b"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
