# repr() and ascii() of strings: quote choice, escapes, non-printable and non-ASCII characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnl\ncr\rbs\\", "\x00\x07\x1b\x7f",
           "é ü ñ", "日本", "🐍", "\u200b zero width", "\u00a0nbsp", "\ud800", "\U0010ffff", "\x80\x9f\xa0",
           "\u0300combining", "\ufeffbom", "\u2028"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str(["é", "\n"]), repr({"k\t": "ü"}), ascii(["é"]))
print("é".encode("utf-8"), "日本".encode("utf-16-le"), "ab".encode("ascii"))
print(b"\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "é".encode("ascii", "replace"))
print("é".encode("ascii", "backslashreplace"), "é€".encode("ascii", "xmlcharrefreplace"))
