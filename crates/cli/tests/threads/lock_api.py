# Lock API: non-blocking and timed acquire, locked(), release errors, as a context manager.
import threading

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
with l:
    print("inside", l.locked())
print("outside", l.locked())

# A lock released by another thread than the one that acquired it (allowed for Lock).
l.acquire()
t = threading.Thread(target=l.release)
t.start()
t.join()
print("released by other thread", l.locked())
