# helpers.nostar: without __all__, 'import *' takes every name not starting with an underscore.
visible = 1
_hidden = 2
def function():
    return "function"
