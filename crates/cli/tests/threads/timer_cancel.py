# Timer: runs its function once after the interval, cancel() before it fires stops it.
import threading

fired = []
t1 = threading.Timer(0.01, fired.append, args=("first",))
t2 = threading.Timer(5.0, fired.append, args=("never",))
t3 = threading.Timer(0.02, lambda **kw: fired.append(kw["tag"]), kwargs={"tag": "third"})
for t in (t1, t2, t3):
    t.start()
t2.cancel()
for t in (t1, t2, t3):
    t.join()
print(sorted(fired))
print(t1.is_alive(), t2.is_alive(), t2.finished.is_set())
print(isinstance(t1, threading.Thread), t1.interval)
