# str case methods and predicates: upper/lower/title/capitalize/swapcase/casefold, is* checks.
words = ["hello world", "HELLO", "hElLo wOrLd", "ßtraße", "ǅemal", "123abc", "", "  ", "MixedCase_1", "they're bill's"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "123", "١٢٣", "½", "abc123", " \t\n", "", "Title Case", "a_b", "²", "ⅷ"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(),
          w.isspace(), w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("\x00".isprintable(), "\u200b".isprintable(), "é".isprintable())
