# Uncaught UnboundLocalError (3.11 message) from a name assigned later in the function.
total = 0
def add(n):
    total += n
    return total
add(5)
