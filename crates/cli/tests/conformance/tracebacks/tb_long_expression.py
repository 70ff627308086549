# Traceback carets under a sub-expression spanning multiple lines and under a call in an argument list.
def risky(x):
    return 100 // x
values = [5, 4, 0]
total = sum(
    risky(v)
    for v in values
)
