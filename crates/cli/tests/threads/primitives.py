# Locks, queues, events, conditions, semaphores, barriers, timers, thread-local data and Thread API errors.
import threading, queue, time, sys

# Lock makes the counter exact
num = 0
lock = threading.Lock()
def inc(n):
    global num
    for _ in range(n):
        with lock:
            num += 1
ts = [threading.Thread(target=inc, args=(2000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("locked total", num)

# Queue producer/consumer
q = queue.Queue(maxsize=3)
out = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * item)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join(); q.join()
print("squares", out)

# PriorityQueue / LifoQueue / SimpleQueue / Empty / Full
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]: pq.put(x)
print("pq", [pq.get() for _ in range(5)])
lq = queue.LifoQueue()
for x in "abc": lq.put(x)
print("lifo", [lq.get_nowait() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); sq.put(2)
print("simple", sq.qsize(), sq.get(), sq.get(), sq.empty())
try: sq.get(timeout=0.01)
except queue.Empty: print("Empty raised")
fq = queue.Queue(1); fq.put(1)
try: fq.put(2, timeout=0.01)
except queue.Full: print("Full raised")
try: fq.get(timeout=-1)
except ValueError as e: print("ValueError", e)

# Event / Condition / Semaphore
ev = threading.Event()
res = []
def waiter():
    res.append(ev.wait(5))
w = threading.Thread(target=waiter); w.start()
ev.set(); w.join()
print("event", res, ev.is_set(), ev.wait(0))
ev.clear(); print("cleared wait", ev.wait(0.01))

cond = threading.Condition()
items = []
def cons():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        res.append(list(items))
ct = threading.Thread(target=cons); ct.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
ct.join(); print("cond", res[-1])

sem = threading.BoundedSemaphore(2)
print("sem", sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(); sem.release()
try: sem.release()
except ValueError as e: print("ValueError", e)
try: threading.Semaphore(-1)
except ValueError as e: print("ValueError", e)

# Barrier
b = threading.Barrier(3)
idx = []
def bw():
    idx.append(b.wait())
bs = [threading.Thread(target=bw) for _ in range(3)]
for t in bs: t.start()
for t in bs: t.join()
print("barrier", sorted(idx), b.n_waiting, b.broken, b.parties)
b2 = threading.Barrier(2, timeout=0.01)
try: b2.wait()
except threading.BrokenBarrierError: print("broken", b2.broken)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=("t",)); tm.start(); tm.join()
tc = threading.Timer(10, fired.append, args=("c",)); tc.start(); tc.cancel(); tc.join()
print("timer", fired)

# local
loc = threading.local()
loc.x = "main"
seen = []
def lw():
    seen.append(hasattr(loc, "x"))
    loc.x = "thread"
    seen.append(loc.x)
lt = threading.Thread(target=lw); lt.start(); lt.join()
print("local", seen, loc.x)

# names, current_thread, enumerate, active_count, main_thread
def named():
    seen.append(threading.current_thread().name)
t = threading.Thread(target=named, name="worker"); t.start(); t.join()
t2 = threading.Thread(target=named); t2.start(); t2.join()
print("names", seen[-2:], threading.current_thread().name, threading.main_thread() is threading.current_thread())
print("count", threading.active_count(), len(threading.enumerate()), t.is_alive(), t.ident is not None)
t3 = threading.Thread(target=lambda: None)
print(repr(t3).split(",")[0], t3.daemon)
try: t3.join()
except RuntimeError as e: print("RuntimeError", e)
t3.start(); t3.join()
try: t3.start()
except RuntimeError as e: print("RuntimeError", e)
try: threading.current_thread().join()
except RuntimeError as e: print("RuntimeError", e)
r = threading.RLock()
with r:
    with r:
        print("rlock nested", r._is_owned())
try: r.release()
except RuntimeError as e: print("RuntimeError", e)
print(threading.get_ident() == threading.current_thread().ident, threading.TIMEOUT_MAX)
print(sys.getswitchinterval())
