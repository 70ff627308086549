# Text processing: word frequency, str methods, formatting a table with f-string widths/alignment
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!  Quick, quick...
   Numbers: 1,234 and 5678 and -42.5   """
lines = text.splitlines()
print(len(lines), [l.strip() for l in lines])
words = [w.strip(".,;:!").lower() for w in text.split()]
words = [w for w in words if w]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(f"{'word':<10}|{'count':>6}|{'pct':>8}")
print("-" * 10 + "+" + "-" * 6 + "+" + "-" * 8)
for w, c in top:
    print(f"{w:<10}|{c:>6d}|{c / len(words):>8.2%}")
print(f"{'total':^10}|{len(words):>6}|{1:>8.1%}")
print("=".center(26, "="))
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower(), s.upper())
print("hello world".title(), "HELLO".swapcase(), "hello".capitalize(), "ß".upper(), "ǅ".lower())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), "a b  c".split(" "), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
print("banana".count("a"), "banana".count("an"), "banana".find("n"), "banana".rfind("n"), "banana".find("z"))
print("banana".index("na"), "banana".rindex("na"), "banana".replace("a", "o"), "banana".replace("a", "o", 2))
print("banana".startswith("ba"), "banana".endswith(("na", "xx")), "banana".startswith("an", 1), "banana".partition("n"), "banana".rpartition("n"))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.3".isdigit(), "  ".isspace(), "Title Case".istitle(), "abc".islower(), "ABC".isupper())
print("x".zfill(5), "-42".zfill(6), "+7".zfill(4), "42".rjust(6, "*"), "42".ljust(6, "."), "42".center(7, "-"))
print("tab\tsep\tvalues".expandtabs(4), repr("a\tb".expandtabs()), "hello"[1:4], "hello"[::-1], "hello"[-3:])
print("%-8s|%5d|%08.3f|%x|%X|%o|%e|%c|%%" % ("left", 42, 3.14159, 255, 255, 8, 12345.678, 65))
print("%(name)s is %(age)d years" % {"name": "Bob", "age": 30}, "%5.1f%%" % 99.44, "%+d %+d" % (5, -5), "% d" % 7)
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{name}:{0}".format(9, name="n"), "{:*^11}".format("mid"))
print("{0[1]} {1[key]} {2.real}".format([5, 6], {"key": "v"}, 3 + 4j), "{!r:>8}".format("r"), "{{literal}}".format())
try:
    "index".index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "a".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("caf\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode(), "naïve".casefold(), "Straße".casefold())
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")), "hello".translate({ord("l"): None}))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("z"))
print(ord("A"), chr(9731), "\N{SNOWMAN}", len("日本語"), "日本語"[1], max("hello"), min("hello"), sorted("hello"))
