# Transfers between accounts under a lock keep the total constant; a checker thread audits.
import threading

accounts = [100] * 10
lock = threading.Lock()
audits = []


def transfers(seed):
    x = seed
    for _ in range(300):
        x = (x * 1103515245 + 12345) % 2**31
        a, b, amount = x % 10, (x // 10) % 10, x % 7
        with lock:
            if accounts[a] >= amount:
                accounts[a] -= amount
                accounts[b] += amount


def auditor(stop):
    while not stop.is_set():
        with lock:
            audits.append(sum(accounts))


stop = threading.Event()
aud = threading.Thread(target=auditor, args=(stop,))
aud.start()
ts = [threading.Thread(target=transfers, args=(s,)) for s in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
aud.join()
print("total", sum(accounts), "audits all 1000:", all(a == 1000 for a in audits))
