# The with statement: __enter__ value, __exit__ arguments, suppression, nesting and order.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("outer") as o, Ctx("inner") as i:
    print("body", o, i)
with Ctx("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Ctx("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
