# pkg.sub: a subpackage that uses relative imports of its parent.
from ..core import greet as parent_greet
from .leaf import leaf_value
print("pkg.sub running, __name__ =", __name__)
def via_parent(n):
    return parent_greet(n) + " via sub"
