# RLock: recursive acquisition by the owner, exclusion of other threads, release errors.
import threading

rl = threading.RLock()
total = 0


def add_tree(depth):
    global total
    with rl:
        total += 1
        if depth:
            add_tree(depth - 1)
            add_tree(depth - 1)


ts = [threading.Thread(target=add_tree, args=(6,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total, "expected", 4 * (2 ** 7 - 1))

r = threading.RLock()
r.acquire()
r.acquire()
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(blocking=False)))
t.start()
t.join()
print("other thread got it:", other)
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=1)))
t.start()
t.join()
print("after release:", other)
