# helpers.circ_b: imports circ_a while circ_a is still initialising.
from helpers import circ_a
B = "b"
def partial_view():
    return hasattr(circ_a, "A")
seen_partial = not hasattr(circ_a, "A")
