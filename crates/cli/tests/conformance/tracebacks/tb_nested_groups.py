# Uncaught nested exception groups with chained causes: the nested +-+ boxes and margins of 3.11.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot parse {text!r}") from e
def batch(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except TypeError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("batch failed", errors)
def run_all():
    failures = []
    for items in (["1", "x"], ["y"]):
        try:
            batch(items)
        except ExceptionGroup as eg:
            failures.append(eg)
    failures.append(KeyError("plain"))
    raise ExceptionGroup("all batches", failures)
try:
    run_all()
except* KeyError as eg:
    print("handled", repr(eg.exceptions))
