"""The seed's lesson: `num += 1` is several bytecode instructions, so threads can lose updates.

Run it with `pyvm examples/seed.py` (or `python3.11 examples/seed.py`). It prints the bytecode
of `increment`, then runs two threads that each call it many times and prints the expected
and the actual total. On CPython 3.11 the totals always agree: a thread switch is only
requested at RESUME, backward jumps and calls, never between LOAD_GLOBAL and STORE_GLOBAL.
"""

import dis
import sys
import threading

num = 0


def increment():
    global num
    num += 1


def worker(times):
    for _ in range(times):
        increment()


def main():
    times = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print("dis.dis(increment):")
    dis.dis(increment)
    threads = [threading.Thread(target=worker, args=(times,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"expected {2 * times}, got {num}, lost {2 * times - num} updates")


if __name__ == "__main__":
    main()
