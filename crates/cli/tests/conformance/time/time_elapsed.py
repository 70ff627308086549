# Measuring elapsed time the way programs do it, printing only facts that do not depend on the clock.
import time
start = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
s = time.monotonic_ns()
time.sleep(0.01)
print(time.monotonic_ns() - s >= 10_000_000)
