# Error in a call whose arguments span several lines: the traceback shows only the first line.
def build(a, b, c):
    return {"a": a, "b": b, "c": c}["d"]
result = build(
    1,
    2,
    3,
)
