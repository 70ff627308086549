"""The CPU-bound work the thread benchmarks share: integer arithmetic in a loop."""


def spin(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total
