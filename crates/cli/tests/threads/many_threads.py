# 64 threads each summing a slice; enumerate/active_count, names and idents.
import threading

N = 64
parts = [0] * N
started = threading.Barrier(N + 1)
finish = threading.Event()


def part(k):
    parts[k] = sum(range(k * 100, (k + 1) * 100))
    started.wait()
    finish.wait()


ts = [threading.Thread(target=part, args=(k,), name=f"part-{k}") for k in range(N)]
for t in ts:
    t.start()
started.wait()
print("active", threading.active_count(), len(threading.enumerate()))
print("idents unique", len({t.ident for t in ts}) == N, all(t.native_id for t in ts))
finish.set()
for t in ts:
    t.join()
print(sum(parts) == sum(range(N * 100)), threading.active_count())
print(ts[5].name, ts[63].name, threading.current_thread().name)
