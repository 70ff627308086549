# Uncaught ZeroDivisionError at module level: traceback with a ~~^~~ marker under the operator.
a = 10
b = 0
print("dividing")
result = a + a / b * 2
