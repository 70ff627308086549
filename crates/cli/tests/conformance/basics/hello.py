# Printing: print() with several arguments, sep, end, flush, and to stderr.
import sys

print("Hello, world!")
print()
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- same line")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": 1}, sep=" | ")
print("to stderr", file=sys.stderr)
print(*range(5))
print(*[], sep="x")
print("multi\nline")
print("tab\there", end="!\n", flush=True)
print(sep="ignored")
print("", end="")
print(repr("quotes"), str("quotes"))
