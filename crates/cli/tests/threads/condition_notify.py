# Condition.notify(n) wakes at most n waiters; wait() timeouts return False.
import threading

lock = threading.Lock()
cond = threading.Condition(lock)
# A second condition on the same lock tells the main thread a waiter woke, without waking
# the waiters still parked on `cond`.
progress = threading.Condition(lock)
waiting = 0
woken = []


def waiter(k):
    global waiting
    with cond:
        waiting += 1
        progress.notify_all()
        cond.wait()
        woken.append(k)
        progress.notify_all()


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
with cond:
    progress.wait_for(lambda: waiting == 6)
    cond.notify(2)
    progress.wait_for(lambda: len(woken) == 2)
    print("after notify(2):", len(woken), len(cond._waiters))
    cond.notify_all()
for t in ts:
    t.join()
print("all woken:", sorted(woken))
with cond:
    print("timed out:", cond.wait(0.01), cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
