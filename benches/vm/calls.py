# Function calls: recursive fib, positional and keyword arguments, closures.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def kw(a, b=2, *, c=3):
    return a + b + c


def make_adder(k):
    def add(x):
        return x + k
    return add


total = fib(25)
add5 = make_adder(5)
for i in range(300_000):
    total += kw(i, c=1) + add5(i)
print(total)
