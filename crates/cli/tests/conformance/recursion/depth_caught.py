# RecursionError caught: message, the program continues, and recursion works again afterwards.
import sys
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
print(depth > 900, depth < sys.getrecursionlimit())
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(len(str(fact(500))))
depth = 0
try:
    dive()
except RecursionError:
    print("second overflow caught too")
print(issubclass(RecursionError, RuntimeError))
