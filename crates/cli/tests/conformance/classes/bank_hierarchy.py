# Bank account class hierarchy: inheritance, super(), properties, class attributes, custom errors
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest = 0.0
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.owner, self._balance) == (other.owner, other._balance)
    def __lt__(self, other):
        return self._balance < other._balance
    __hash__ = None

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

a = Savings("alice", 1000)
b = Checking("bob", 50)
c = Account("carol")
print(a, b, c, sep=" | ")
print(repr(a), repr(b), repr(c))
a.deposit(500).withdraw(200)
print(a.balance, a.history)
try:
    a.withdraw(1).withdraw(1)
except PermissionError as e:
    print(type(e).__name__, e)
b.withdraw(120)
print(b, b.balance)
try:
    b.withdraw(100)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.available, e.args)
try:
    c.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
c.balance = 12345678.9
print(c)
a.apply_interest()
print(a.balance)
print(Account.count, Savings.count, a.count)
print(sorted([a, b, c]))
print(Savings.__mro__)
print(isinstance(a, Account), issubclass(Checking, Savings))
print(a == Savings("alice", a.balance), a != b, a == 5)
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(Account.balance.__doc__, type(Account.__dict__["balance"]).__name__)
try:
    del a.balance
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(b))
