# Uncaught NameError in a function called from module level (3.11 'Did you mean' suggestion).
def greet(name):
    message = "hello " + name
    return mesage
print(greet("ann"))
