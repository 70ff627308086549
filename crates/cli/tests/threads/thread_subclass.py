# Thread subclasses overriding run(), results kept on the object, repr and name defaults.
import threading


class Fib(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"fib-{n}")
        self.n = n
        self.result = None

    def run(self):
        a, b = 0, 1
        for _ in range(self.n):
            a, b = b, a + b
        self.result = a


ts = [Fib(n) for n in (10, 20, 30, 90)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(t.name, t.result) for t in ts])
t = threading.Thread(target=print, args=("target with args",))
t.run()
print(t.is_alive(), t.ident is None)
try:
    Fib(1).join()
except RuntimeError as e:
    print("RuntimeError:", e)
f = Fib(2)
f.start()
f.join()
try:
    f.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
