# Method calls with keyword arguments, defaults and *args/**kwargs forwarding.
class Account:
    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self.balance = balance
        self.currency = currency

    def deposit(self, amount, *, note=None, fee=0):
        self.balance += amount - fee
        return self.balance

    def transfer(self, other, amount, **options):
        self.deposit(-amount, **options)
        return other.deposit(amount, note=options.get("note"))

    def describe(self, *fields, sep=", "):
        return sep.join(str(getattr(self, f)) for f in fields)


a = Account("ann", 100)
b = Account("bob", balance=50, currency="USD")
total = 0
for i in range(60_000):
    total += a.deposit(i % 7, note="d", fee=1)
    total += a.transfer(b, 3, note="t")
    total += b.deposit(amount=2)
    if i % 1000 == 0:
        total += len(a.describe("owner", "balance", sep="|"))
print(total, a.balance, b.balance)
