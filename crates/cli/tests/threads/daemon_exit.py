# Daemon threads do not keep the process alive; the main thread's exit status stands.
import sys
import threading
import time


def forever():
    while True:
        time.sleep(0.01)


d = threading.Thread(target=forever, daemon=True)
d.start()
print(d.daemon, d.is_alive(), threading.current_thread().daemon)
child = []
t = threading.Thread(target=lambda: child.append(threading.current_thread().daemon))
t.daemon = True
t.start()
t.join()
print("inherits", child)
sys.exit(3)
