# An exception raised in a generator body while a for loop consumes it goes uncaught.
def records(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield number, key, value
for rec in records(["a=1", "b=2", "broken", "c=3"]):
    print(rec)
