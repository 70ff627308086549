# RecursionError caught, sys.getrecursionlimit/setrecursionlimit, then an uncaught one from mutual recursion
import sys
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(150))
try:
    count(500)
except RecursionError as e:
    print("limited:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
print(Chain(50).length())
sys.setrecursionlimit(1000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10))
is_even(-1)
