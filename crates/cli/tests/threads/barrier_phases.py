# Barrier: phases in lock step, the action runs once per phase, wait() indices, abort.
import threading

N = 5
log = []
phase = [0]


def action():
    log.append(("phase", phase[0]))
    phase[0] += 1


b = threading.Barrier(N, action=action)
seen = []
lock = threading.Lock()


def party(k):
    for p in range(3):
        with lock:
            seen.append((p, k))
        idx = b.wait()
        assert 0 <= idx < N


ts = [threading.Thread(target=party, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
# Every party of phase p recorded before any party of phase p+1.
order = [p for p, _ in seen]
print("phases in order", order == sorted(order), len(seen))
print(b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(3)
errors = []


def breaker():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")


t = threading.Thread(target=breaker)
t.start()
while b2.n_waiting < 1:
    pass
b2.abort()
t.join()
print(errors, b2.broken)
b2.reset()
print("after reset", b2.broken)
try:
    threading.Barrier(2).wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("timeout breaks the barrier")
