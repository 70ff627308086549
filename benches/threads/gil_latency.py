# How long a thread that becomes runnable waits for the GIL while another thread computes:
# the main thread spins, releases a lock the waiter is blocked on, and keeps spinning; the
# waiter notes when it runs. The median over several rounds; CPython's is about one switch
# interval (sys.getswitchinterval(), 5 ms).
import threading
import time

ROUNDS = 15
lock = threading.Lock()
woke = []


def waiter():
    for _ in range(ROUNDS):
        lock.acquire()
        woke.append(time.perf_counter())


delays = []
lock.acquire()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.01)
for _ in range(ROUNDS):
    n = len(woke)
    released = time.perf_counter()
    lock.release()
    while len(woke) == n:  # spin: CPU-bound, holding the GIL except at switch points
        pass
    delays.append(woke[-1] - released)
    while lock.locked() is False:
        pass
t.join()
delays.sort()
print(f"seconds {delays[len(delays) // 2]:.6f} result {len(delays)}")
