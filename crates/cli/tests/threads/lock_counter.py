# The seed's counter with a lock around `num += 1`: no update is lost, whatever the switch policy.
import threading

num = 0
lock = threading.Lock()


def worker(times):
    global num
    for _ in range(times):
        with lock:
            num += 1


threads = [threading.Thread(target=worker, args=(20000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"expected 40000, got {num}")
