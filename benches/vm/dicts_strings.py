# Dict and str work: word counting, joining, formatting, splitting.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
for i in range(200_000):
    w = words[i % 8] + str(i % 13)
    counts[w] = counts.get(w, 0) + 1
parts = []
for k in sorted(counts):
    parts.append(f"{k}={counts[k]}")
text = ",".join(parts)
print(len(text), len(text.split(",")), text.upper().count("ALPHA"))
