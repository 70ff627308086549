# marshal dumps/loads round trips for every marshallable type, and errors for unmarshallable values.
import marshal
values = [None, True, False, 0, -1, 2 ** 31, 2 ** 100, -(2 ** 70), 1.5, -0.0, float("inf"), 1 + 2j, "text", "é日🐍", b"bytes",
          (1, "a", (2.5,)), [1, [2, [3]]], {"k": [1, 2], 3: None}, {1, 2, 3}, frozenset({"x"}), Ellipsis, StopIteration, ""]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(v)[:30], back == v or v != v, type(back).__name__)
nan = marshal.loads(marshal.dumps(float("nan")))
print(nan != nan)
code = compile("x = 1 + 2", "<m>", "exec")
restored = marshal.loads(marshal.dumps(code))
ns = {}
exec(restored, ns)
print(type(restored).__name__, ns["x"], restored.co_filename)
for bad in [object(), lambda: 0, print]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    marshal.loads(b"\x00")
except (ValueError, EOFError) as e:
    print(type(e).__name__ + ":", e)
try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError:", e)
print(marshal.version)
