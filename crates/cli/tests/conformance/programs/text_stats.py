# Whole program: word frequencies, line wrapping and a character histogram over an embedded text.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<8}{n:>3} {'*' * n}")
print(len(words), "words,", len(freq), "distinct,", sum(len(w) for w in words) / len(words), "average length")
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
for line in wrap(TEXT, 32):
    print(f"|{line:<32}|")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:5]:
    print(ch, letters[ch])
print(max(words, key=len), min(words, key=len), sorted(set(words))[:5])
