# Exceptions: raising and catching in a loop, try/finally, a custom exception class.
class Stop(Exception):
    pass


def check(i):
    if i % 3 == 0:
        raise Stop(i)
    return i


caught = 0
total = 0
for i in range(200_000):
    try:
        total += check(i)
    except Stop as e:
        caught += 1
    finally:
        total += 1
print(caught, total)
