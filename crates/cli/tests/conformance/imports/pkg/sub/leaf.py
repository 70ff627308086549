# pkg.sub.leaf: the deepest module.
leaf_value = 42
def where():
    return __name__
