# Encodings round trip: utf-8, utf-16, latin-1, ascii; error handlers; str/bytes boundaries.
text = "héllo wörld €"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1"]:
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:8], data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print("abc".encode(), "€".encode("utf-8"), "€".encode("utf-16"))
print(b"\xe2\x82".decode("utf-8", errors="replace"), b"\xe2\x82".decode("utf-8", "backslashreplace"))
print(list("🐍".encode("utf-8")), "🐍".encode("utf-16-le"))
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.encoding, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(str(b"abc", "ascii"), str(b"abc"), repr(bytes("x", "ascii")))
