# One thread does the work; the threading module is not imported.
import sys
import time

sys.path.insert(0, __file__.rpartition("/")[0])
from work import spin

N = 2_000_000
t0 = time.perf_counter()
r = spin(N)
print(f"seconds {time.perf_counter() - t0:.6f} result {r}")
