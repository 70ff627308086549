# The interpreter waits for non-daemon threads at exit (after main's SystemExit), not for daemon ones; join(timeout).
import sys
import threading
import time

ev = threading.Event()


def slow():
    time.sleep(0.05)
    print("non-daemon finished")


def forever():
    ev.wait()
    print("never")


threading.Thread(target=slow).start()
d = threading.Thread(target=forever, daemon=True)
d.start()
t = threading.Thread(target=ev.wait)
t.daemon = True
t.start()
t.join(0.01)
print("alive after timeout", t.is_alive(), d.daemon)
try:
    d.daemon = False
except RuntimeError as e:
    print(e)
print("main done")
sys.exit(3)
