# Closures with nonlocal: independent counters, shared cells between sibling closures.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter(100)
print(inc1(), inc1(), inc1(5), get1(), inc2(), get2())
print(inc1.__closure__[0].cell_contents, len(inc1.__closure__), inc1.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)
def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient funds: {balance} < {n}")
        balance -= n
    return deposit, withdraw, lambda: balance
dep, wd, bal = bank()
dep(50)
wd(20)
print(bal())
try:
    wd(100)
except ValueError as e:
    print("ValueError:", e)
