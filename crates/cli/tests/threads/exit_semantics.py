# The interpreter waits for non-daemon threads at exit (after main's SystemExit), not for daemon ones; join(timeout).
import sys
import threading
import time

ev = threading.Event()
main_done = threading.Event()


def slow():
    # Still running when the main thread raises SystemExit: the interpreter waits for it.
    main_done.wait()
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
main_done.set()
sys.exit(3)
