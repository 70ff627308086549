# A Semaphore bounds how many threads are inside at once; BoundedSemaphore over-release.
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
inside = 0
peak = 0


def job():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.002)
        with lock:
            inside -= 1


ts = [threading.Thread(target=job) for _ in range(15)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3, "inside now:", inside)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
s = threading.Semaphore(1)
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
