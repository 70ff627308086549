# Uncaught ExceptionGroup: the boxed, indented traceback format of 3.11.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n
errors = []
for n in range(4):
    try:
        task(n)
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("tasks failed", errors)
