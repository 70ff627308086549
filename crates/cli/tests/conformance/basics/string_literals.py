# String literal forms: escapes, raw, triple quoted, implicit concatenation, bytes.
print('single', "double", '''triple''', """also triple""")
print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "bell:\a".encode())
print(r"raw \n \t \\", R"RAW\d")
print("implicit " "concatenation " 'works')
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print("""line one
line two
    indented""")
print(len("\0\x00\n"), repr("\0"))
print(b"bytes\x00\xff", rb"raw\bytes", br"\x41")
x = ("a"
     "b")
print(x)
print("backslash at end \
continues")
