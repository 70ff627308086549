# dis.dis on functions using globals, closures-free try/except, with, unpacking, and dis.opname lookups.
import dis
counter = 0
def uses_global():
    global counter
    counter = counter + 1
def unpack(pair):
    a, b = pair
    return b, a
def guarded(d):
    try:
        return d["k"]
    except KeyError:
        return None
def keywords(f):
    return f(1, x=2)
for fn in (uses_global, unpack, guarded, keywords):
    dis.dis(fn)
print(dis.opname[100], dis.opmap["RETURN_VALUE"], dis.opname[dis.opmap["BINARY_OP"]])
print([ins.opname for ins in dis.get_instructions(unpack)])
