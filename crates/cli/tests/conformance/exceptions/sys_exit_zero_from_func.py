# sys.exit(0) from deep inside a loop: remaining code skipped, stdout kept, status 0.
import sys
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            sys.exit(0)
    print("not found")
search([5, 8, 13], 8)
print("unreachable")
