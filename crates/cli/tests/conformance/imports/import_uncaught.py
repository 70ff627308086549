# Uncaught exception raised in a helper module's function: the traceback names helpers/raiser.py.
from helpers.raiser import explode
print("calling into helper")
explode(2)
