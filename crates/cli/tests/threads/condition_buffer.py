# Producer/consumer over a bounded buffer with one Condition: wait_for, notify_all.
import threading

buf, cap = [], 4
cond = threading.Condition()
consumed = []


def producer(base):
    for i in range(25):
        with cond:
            cond.wait_for(lambda: len(buf) < cap)
            buf.append(base + i)
            cond.notify_all()


def consumer(n):
    got = []
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: buf)
            got.append(buf.pop(0))
            cond.notify_all()
    with cond:
        consumed.extend(got)


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer, args=(n,)) for n in (30, 45)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(25)) + list(range(100, 125)) + list(range(200, 225))))
print("left in buffer", buf)
