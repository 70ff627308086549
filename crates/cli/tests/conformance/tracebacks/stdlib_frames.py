# An uncaught exception raised inside a pure-Python stdlib module: the traceback shows the
# module's frames (their paths are normalised to <stdlib>/ for the comparison).
import random
import textwrap

print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=20))
rng = random.Random(7)
print(rng.choice([1, 2, 3]))


def pick(items):
    return rng.choice(items)


pick([])
