# Uncaught IndexError from a subscript in the middle of an expression.
rows = [[1, 2], [3, 4]]
def cell(r, c):
    return rows[r][c] * 10
print(cell(1, 1))
print(cell(0, 2) + 1)
