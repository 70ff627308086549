# Tuples as lightweight records: sorting by fields, grouping, zip(*...) transposition, dict from pairs.
rows = [("ann", "eng", 120), ("bob", "ops", 90), ("cid", "eng", 100), ("dee", "ops", 95), ("eve", "hr", 80)]
by_dept = {}
for name, dept, pay in rows:
    by_dept.setdefault(dept, []).append((pay, name))
for dept in sorted(by_dept):
    print(dept, sorted(by_dept[dept], reverse=True))
names, depts, pays = zip(*rows)
print(names, depts, sum(pays))
print(list(zip(*[(1, 2, 3), (4, 5, 6)])))
print(dict((n, p) for n, _, p in rows))
print(max(rows, key=lambda r: r[2]), min(rows, key=lambda r: (r[1], -r[2])))
pairs = list(enumerate("abc"))
print(pairs, dict(pairs), [(b, a) for a, b in pairs])
