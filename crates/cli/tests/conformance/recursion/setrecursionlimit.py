# sys.setrecursionlimit/getrecursionlimit: lowering the limit makes shallow recursion fail.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(150))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    depth(150)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))
sys.setrecursionlimit(old)
print(depth(500), sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
