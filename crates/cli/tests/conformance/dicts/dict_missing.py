# dict subclasses: __missing__, overridden __getitem__ and what get()/in still do, KeyError reprs.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("zzz"))
class Default(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value
dd = Default()
dd["a"].append(1)
print(dd)
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper(A=1)
print(u["a"], u.get("a"), "a" in u)
for key in ["x", ("t", 1), 3, "", None, (1,)]:
    try:
        {}[key]
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
