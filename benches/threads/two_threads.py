# The same total work split over two CPU-bound threads (under a GIL: no faster than one).
import sys
import threading
import time

sys.path.insert(0, __file__.rpartition("/")[0])
from work import spin

N = 2_000_000
results = []
ts = [threading.Thread(target=lambda: results.append(spin(N // 2))) for _ in range(2)]
t0 = time.perf_counter()
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"seconds {time.perf_counter() - t0:.6f} result {sum(results)}")
