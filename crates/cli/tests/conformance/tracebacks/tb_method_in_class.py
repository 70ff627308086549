# Uncaught error inside a property getter reached through __repr__ called by print().
class Temperature:
    def __init__(self, readings):
        self.readings = readings
    @property
    def average(self):
        return sum(self.readings) / len(self.readings)
    def __repr__(self):
        return f"Temperature(avg={self.average:.1f})"
print(Temperature([20, 22]))
print(Temperature([]))
