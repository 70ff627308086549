# A three-stage Queue pipeline with sentinels; results reassembled in order.
import queue
import threading

raw, cooked, done = queue.Queue(), queue.Queue(maxsize=5), []
STOP = object()


def source():
    for i in range(40):
        raw.put(i)
    for _ in range(3):
        raw.put(STOP)


def square():
    while (item := raw.get()) is not STOP:
        cooked.put((item, item * item))
    cooked.put(STOP)


def sink():
    stops = 0
    while stops < 3:
        item = cooked.get()
        if item is STOP:
            stops += 1
        else:
            done.append(item)


threads = [threading.Thread(target=source), threading.Thread(target=sink)]
threads += [threading.Thread(target=square) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
done.sort()
print(len(done), done[:5], done[-1])
print(raw.empty(), cooked.empty(), raw.qsize())
