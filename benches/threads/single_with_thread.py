# The same work with threading in use: a second thread exists, blocked on an Event, for the
# whole run (what a single-threaded program pays once threads are enabled).
import sys
import threading
import time

sys.path.insert(0, __file__.rpartition("/")[0])
from work import spin

N = 2_000_000
stop = threading.Event()
idle = threading.Thread(target=stop.wait)
idle.start()
t0 = time.perf_counter()
r = spin(N)
elapsed = time.perf_counter() - t0
stop.set()
idle.join()
print(f"seconds {elapsed:.6f} result {r}")
