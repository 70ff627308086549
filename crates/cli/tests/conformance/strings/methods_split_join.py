# split/rsplit/splitlines/partition/rpartition/join with separators, maxsplit and edge cases.
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("y"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
