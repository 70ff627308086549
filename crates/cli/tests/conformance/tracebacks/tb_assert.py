# Uncaught AssertionError from an assert with a message inside a method.
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        assert self.items, "pop from empty Stack"
        return self.items.pop()
s = Stack()
s.items.append(1)
print(s.pop())
s.pop()
