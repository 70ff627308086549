# Uncaught exception raised while handling another: "During handling of the above exception..." traceback.
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        raise RuntimeError(f"could not load {key!r}")
print(load("a"))
load("b")
