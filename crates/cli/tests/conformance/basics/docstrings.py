# Docstrings of modules, functions and classes; __doc__ when absent.
"""Module docstring here."""
def f():
    """Function doc."""
    return 1
def g():
    x = "not a docstring"
    return x
class C:
    """Class doc."""
    def m(self):
        "Method doc."
print(__doc__)
print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
print(type(f.__doc__), f.__doc__.upper())
