# Uncaught AttributeError on a method chain, with a 'Did you mean' suggestion.
class Shape:
    def __init__(self):
        self.width = 3
        self.height = 4
    def area(self):
        return self.width * self.hieght
s = Shape()
print("width", s.width)
print(s.area())
