# Unicode-aware string behaviour: special casing, length in code points, comparisons, normalization-free.
for s in ["straße", "ﬁne", "İstanbul", "ΣΑΣ", "ǈ", "ŉ"]:
    print(s, s.upper(), s.lower(), s.casefold(), len(s.upper()), s.title())
print("é" == "e\u0301", len("e\u0301"), "Ä" < "Z", "a" < "Ä", sorted(["b", "a", "B", "é", "Z"]))
print("ǲ".istitle(), "ß".isupper(), "ß".islower(), "ǅ".isupper())
print("①②③".isdigit(), "①".isdecimal(), "Ⅻ".isnumeric(), "٣".isdecimal())
print(int("١٢٣"), float("٣.٥"), "ｆｕｌｌ".upper())
