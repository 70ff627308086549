"""The race CPython 3.11 does show: `counter = add1(counter)` loses updates.

Run it with `pyvm examples/add1.py [TIMES [SWITCH_INTERVAL]]` (or with `python3.11`). Between loading
`counter` and storing the result there is now a call, and CPython 3.11 honours a pending
thread switch at calls and at the RESUME that starts `add1`: a thread switched out there later
stores a stale value. Compare `examples/seed.py`, whose `num += 1` has no such point.
"""

import sys
import threading

counter = 0


def add1(x):
    return x + 1


def worker(times):
    global counter
    for _ in range(times):
        counter = add1(counter)


def main():
    times = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    if len(sys.argv) > 2:  # a shorter switch interval makes switch requests more frequent
        sys.setswitchinterval(float(sys.argv[2]))
    threads = [threading.Thread(target=worker, args=(times,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"expected {2 * times}, got {counter}, lost {2 * times - counter} updates")


if __name__ == "__main__":
    main()
