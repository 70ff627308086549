# Integer algorithms using math: sieve of primes, gcd-based fraction reduction, integer square roots.
import math
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
ps = primes(100)
print(ps, len(primes(10000)))
def reduce(a, b):
    g = math.gcd(a, b)
    return a // g, b // g
print(reduce(84, 36), reduce(10 ** 20, 6 * 10 ** 18))
print([math.isqrt(n) ** 2 == n for n in (0, 1, 15, 16, 10 ** 40)])
print(sum(math.comb(10, k) for k in range(11)), 2 ** 10)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
