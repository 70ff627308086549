# Lists as stacks and queues; a small algorithm: balanced brackets and BFS on a grid.
def balanced(s):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
grid = ["S.#.", "..#.", "...E"]
start = (0, 0)
queue = [(start, 0)]
seen = {start}
while queue:
    (r, c), dist = queue.pop(0)
    if grid[r][c] == "E":
        print("reached E in", dist, "steps")
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))
print(sorted(seen))
