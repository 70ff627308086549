# Exceptions in threads: the default excepthook's report, a custom hook, SystemExit is silent.
import sys
import threading


def boom(x):
    raise ValueError(f"bad value {x}")


t = threading.Thread(target=boom, args=(3,), name="Boomer")
t.start()
t.join()
print("main continues", t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="Divider")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(5,), name="Exiter")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__
print("done")
