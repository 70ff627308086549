# Dining philosophers with ordered lock acquisition: no deadlock, every meal eaten.
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i):
    left, right = sorted((i, (i + 1) % N))
    for _ in range(30):
        with forks[left]:
            with forks[right]:
                meals[i] += 1


ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(meals)
