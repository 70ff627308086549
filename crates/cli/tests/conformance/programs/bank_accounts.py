# Whole program: a small bank with classes, custom exceptions, a transaction log and a report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self.balance:.2f})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0.0):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def report(self):
        total = 0
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            kind = type(acct).__name__
            print(f"  {acct.id:>2} {acct.owner:<6} {kind:<8} {acct.balance:>10,.2f} {len(acct.history)} ops")
            total += acct.balance
        print(f"  total {total:,.2f}")
bank = Bank()
a = bank.open(Account, "ann", 100)
b = bank.open(Savings, "bob", 2500.5)
c = bank.open(Account, "cid")
print(a, b, c)
print(bank.transfer(a.id, c.id, 40), bank.transfer(c.id, a.id, 100), bank.transfer(b.id, a.id, 1000))
print("interest", b.add_interest())
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
bank.report()
print(b.history)
