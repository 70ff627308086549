# Types a module makes on first import are the interpreter's, not the importing thread's:
# time.struct_time and sys.version_info used from other threads.
import sys
import threading
import time

results = []
lock = threading.Lock()


def use():
    st = time.gmtime(86400 * 365)
    with lock:
        results.append((type(st) is time.struct_time, st.tm_year, tuple(st)[:3],
                        sys.version_info[:2], type(sys.version_info).__name__))


ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
