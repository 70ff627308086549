# Non-ASCII identifiers and string literals (source is UTF-8).
café = "coffee"
π = 3.14159
größe = {"ä": 1, "ö": 2}
print(café, π, größe)
def grüß(name):
    return f"Grüß dich, {name}!"
print(grüß("Jürgen"))
class Ünicode:
    ñ = "eñe"
print(Ünicode.ñ, Ünicode.__name__)
s = "日本語テキスト"
print(s, len(s), s[1:3], s[::-1])
print("🐍 snake", len("🐍"), ord("🐍"))
