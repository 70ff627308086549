# Messages of common builtin exceptions raised by the runtime (attribute, key, index, type, value, zero division).
tests = [
    lambda: None.upper(),
    lambda: (1).real.foo,
    lambda: "abc".foo(),
    lambda: [].nope,
    lambda: object().x,
    lambda: type.nope,
    lambda: {"a": 1}["b"],
    lambda: [1, 2][5],
    lambda: (1,)[-2],
    lambda: "ab"[9],
    lambda: range(3)[3],
    lambda: 1 + None,
    lambda: "a" - "b",
    lambda: [] + {},
    lambda: len(3),
    lambda: int("4.5"),
    lambda: float("x1"),
    lambda: 7 % 0,
    lambda: 2.0 / 0,
    lambda: [].index(1),
    lambda: "".join([None]),
    lambda: iter(3),
    lambda: next(iter([])),
    lambda: {}.pop(1),
    lambda: set().remove(2),
    lambda: (lambda: 0)(x=1),
    lambda: chr("a"),
    lambda: ord(""),
    lambda: list.append(1, 2),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: max([]),
    lambda: min(1),
    lambda: getattr(1, 2),
    lambda: setattr(1, "x", 2),
    lambda: import_nothing,
    lambda: isinstance(1, 2),
    lambda: issubclass(1, int),
    lambda: dict(1),
    lambda: 10 ** -1 % 0,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
