# _thread directly: argument checks, lock and RLock behaviour and messages, an exception in a raw thread, sys switch interval.
import _thread
import sys
import time


def f(x):
    raise ValueError(x)


def g():
    raise SystemExit(3)


_thread.start_new_thread(f, (5,))
_thread.start_new_thread(g, ())
time.sleep(0.1)
print("count", _thread._count())
for args in [(1, ()), (f, []), (f, (), 1), (f,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
l = _thread.allocate_lock()
print(repr(l).split(" object")[0], l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
with l:
    print(l.locked())
for a in [(False, 1), (True, -2), (True, 1e20)]:
    try:
        l.acquire(*a)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    l.release()
except RuntimeError as e:
    print(e)
r = _thread.RLock()
try:
    r.release()
except RuntimeError as e:
    print(e)
r.acquire()
r.acquire()
print(r._is_owned(), r._release_save()[0], r._is_owned())
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print(e)
print(sys.getswitchinterval())
for bad in [0, -1.0, "a"]:
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)
