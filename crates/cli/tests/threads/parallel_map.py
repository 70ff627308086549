# A hand-written thread pool: a work queue, results by index, worker-local accumulators.
import queue
import threading


def pool_map(fn, items, workers=4):
    todo = queue.Queue()
    for i, item in enumerate(items):
        todo.put((i, item))
    results = [None] * len(items)

    def work():
        while True:
            try:
                i, item = todo.get_nowait()
            except queue.Empty:
                return
            results[i] = fn(item)

    ts = [threading.Thread(target=work) for _ in range(workers)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(pool_map(collatz, range(1, 31)))
print(pool_map(str.upper, ["a", "bc", "def"], workers=2))
print(pool_map(len, []))
