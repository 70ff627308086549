# An exception in a thread is printed by threading.excepthook as CPython prints it; SystemExit is silent; a custom hook replaces it.
import threading


def f(x):
    raise ValueError("boom %d" % x)


t = threading.Thread(target=f, args=(1,))
t.start()
t.join()
print("after", t.name, t.is_alive())


class T(threading.Thread):
    def run(self):
        1/0


t = T()
t.start()
t.join()


def quiet():
    raise SystemExit(5)


t = threading.Thread(target=quiet)
t.start()
t.join()


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = hook
t = threading.Thread(target=f, args=(2,), name="custom")
t.start()
t.join()
print("done")
