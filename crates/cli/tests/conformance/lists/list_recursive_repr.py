# Self-referential containers: repr shows [...] / {...}; equality of nested structures.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"self": None}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x, x]
print(y, y[0] is y[1])
