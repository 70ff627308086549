# The seed program: a global counter, increment() doing `global num; num += 1`, its bytecode, then dis.dis(sorted) uncaught.
import dis

num = 0


def increment():
    global num
    num += 1


def worker(times):
    for _ in range(times):
        increment()


worker(1000)
worker(234)
print("num =", num)
print("dis.dis(increment):")
dis.dis(increment)
dis.dis(sorted)
