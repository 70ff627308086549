# Uncaught TypeError from an operator whose dunder returns NotImplemented, inside a method call.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"
def total(items):
    acc = Money(0)
    for it in items:
        acc = acc + it
    return acc
print(total([Money(5), Money(7)]))
print(total([Money(1), 2]))
