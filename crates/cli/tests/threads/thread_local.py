# threading.local: per-thread attributes, subclass with __init__ run in each thread.
import threading

data = threading.local()
data.name = "main"
out = {}
lock = threading.Lock()


def work(k):
    print_missing = not hasattr(data, "name")
    data.name = f"worker-{k}"
    data.items = [k] * k
    with lock:
        out[k] = (print_missing, data.name, len(data.items))


ts = [threading.Thread(target=work, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print("main still", data.name, hasattr(data, "items"))


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
res = []


def bumper():
    res.append([c.bump() for _ in range(3)])


ts = [threading.Thread(target=bumper) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, c.value)
