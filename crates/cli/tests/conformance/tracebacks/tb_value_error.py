# Uncaught ValueError from int() inside a loop over input lines.
lines = ["10", "20", "thirty", "40"]
total = 0
for line in lines:
    total += int(line)
    print("running total", total)
