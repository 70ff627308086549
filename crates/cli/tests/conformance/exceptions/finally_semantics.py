# finally edge cases: return in finally cancels exceptions, break/continue in finally, exception replaced in finally.
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            return f"returned at {i}"
print(swallow())
def breaks():
    while True:
        try:
            raise KeyError("lost")
        finally:
            break
    return "broke out"
print(breaks())
def replaced():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    replaced()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
def counts():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(counts())
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested_finally())
