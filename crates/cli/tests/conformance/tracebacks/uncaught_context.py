# Uncaught exception raised while handling another (implicit context), with carets on subexpressions
def average(values):
    return sum(values) / len(values)
def report(data):
    try:
        return {k: average(v) for k, v in data.items()}
    except ZeroDivisionError:
        names = [k for k, v in data.items() if not v]
        return data["summary"]["total"] + names
print(report({"a": [1, 2, 3]}))
print(report({"a": [1], "b": []}))
