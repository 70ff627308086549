def f(a,b):
    return "x %s y %5r z %% %-3.2a" % (a, b, a)
