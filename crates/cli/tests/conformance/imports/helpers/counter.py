# helpers.counter: module body runs once however many times it is imported.
print("helpers.counter body executed")
count = 0
def bump():
    global count
    count += 1
    return count
