# Queue.task_done / Queue.join with worker threads, and unfinished-task errors.
import queue
import threading

q = queue.Queue()
totals = [0] * 4
lock = threading.Lock()


def worker(k):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            totals[k] += item
        q.task_done()


ws = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(4)]
for w in ws:
    w.start()
for i in range(1, 101):
    q.put(i)
q.join()
print("sum after join", sum(totals))
for _ in ws:
    q.put(None)
for w in ws:
    w.join()
print("all workers done", [w.is_alive() for w in ws])
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
