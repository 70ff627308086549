# helpers.circ_a: half of a circular import; reads circ_b's names lazily.
import helpers.circ_b as b
A = "a"
def use_b():
    return b.B + A
