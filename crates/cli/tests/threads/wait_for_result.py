# Futures made of a Condition: threads publish results others wait for, in dependency order.
import threading


class Future:
    def __init__(self):
        self._cond = threading.Condition()
        self._done = False
        self._value = None

    def set(self, value):
        with self._cond:
            self._value, self._done = value, True
            self._cond.notify_all()

    def get(self):
        with self._cond:
            self._cond.wait_for(lambda: self._done)
            return self._value


fs = [Future() for _ in range(8)]


def stage(k):
    prev = fs[k - 1].get() if k else 1
    fs[k].set(prev * (k + 2))


ts = [threading.Thread(target=stage, args=(k,)) for k in reversed(range(8))]
for t in ts:
    t.start()
print([f.get() for f in fs])
for t in ts:
    t.join()
