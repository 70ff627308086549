# An uncaught error inside a nested comprehension: traceback shows the <listcomp> frames.
def parse(rows):
    return [[int(cell) for cell in row.split(",")] for row in rows]
print(parse(["1,2", "3,4"]))
print(parse(["5,6", "7,x"]))
