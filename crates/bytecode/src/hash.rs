//! CPython's hashes and set iteration order. (Interface stub: being implemented.)

use crate::object::Obj;

/// Indices into `elements` of the members a CPython set built by inserting `elements` in
/// order keeps, listed in the set's iteration order.
pub fn set_iteration_order(elements: &[Obj]) -> Vec<usize> {
    (0..elements.len()).collect()
}
