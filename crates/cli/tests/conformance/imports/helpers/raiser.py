# helpers.raiser: a function that raises, to show helper frames in tracebacks.
def explode(depth):
    if depth == 0:
        raise RuntimeError("exploded in helper")
    return explode(depth - 1)
