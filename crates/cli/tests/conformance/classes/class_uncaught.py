# Uncaught AttributeError raised in a method after a partial initialisation.
class Account:
    def __init__(self, owner):
        self.owner = owner
    def report(self):
        return f"{self.owner}: {self.balance}"
acct = Account("ann")
print("created", acct.owner)
print(acct.report())
