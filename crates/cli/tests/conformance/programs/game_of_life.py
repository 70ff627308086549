# Whole program: Conway's Game of Life on a small torus, printing generations and population counts.
W, H = 10, 8
def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
def step(live):
    counts = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
board = parse([
    ".#........",
    "..#.......",
    "###.......",
    "..........",
    "......##..",
    "......##..",
    "..........",
    "..........",
])
for gen in range(5):
    print(f"generation {gen}, population {len(board)}")
    print(show(board))
    board = step(board)
history = []
for gen in range(40):
    history.append(frozenset(board))
    board = step(board)
print("after 45 generations:", len(board), "cells;", "repeats" if frozenset(board) in history else "new")
