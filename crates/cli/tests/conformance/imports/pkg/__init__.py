# Package used by the imports programs; prints when it is initialised.
print("pkg/__init__ running, __name__ =", __name__)
VERSION = "1.0"
from .core import greet
from . import sub
