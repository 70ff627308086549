# Two CPU-bound threads take turns under the GIL: each spins until the other has made progress.
import threading

stop = False
count = 0


def spin():
    global count
    while not stop:
        count += 1


t = threading.Thread(target=spin)
t.start()
while count < 1000:
    pass
stop = True
t.join()
print("both threads ran")
