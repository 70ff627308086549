# Truth values of builtin objects, and/or returning operands, not, conditional expressions.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1), b"", b"\x00"]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
print(0 or "default")
print("x" or "default")
print(0 and 1 / 0)
print(1 and "second")
print(None or [] or 0)
print(1 and 2 and 3)
print(not 0, not "s", not not [1])
print([] == False, 0 == False, 1 == True, 2 == True)
print(True + True, True * 10, -False)
