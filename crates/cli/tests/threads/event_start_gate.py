# An Event as a starting gate for many threads; Event.wait with timeout; set/clear.
import threading

gate = threading.Event()
ready = threading.Semaphore(0)
results = [None] * 12


def runner(k):
    ready.release()
    gate.wait()
    results[k] = k * k


ts = [threading.Thread(target=runner, args=(k,)) for k in range(12)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("before set", results.count(None))
gate.set()
for t in ts:
    t.join()
print("after set", results)
e = threading.Event()
print(e.is_set(), e.wait(0.01), repr(e.wait(timeout=0)))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
