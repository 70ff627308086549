//! CPython's hashes and set iteration order. (Interface stub: being implemented.)

use crate::object::Obj;

/// The key behind `PYTHONHASHSEED`.
#[derive(Clone, Default, Debug)]
pub struct HashSecret {
    pub seed: u32,
}

impl HashSecret {
    pub fn from_seed(seed: u32) -> HashSecret {
        HashSecret { seed }
    }
}

/// Indices into `elements` of the members a CPython set built by inserting `elements` in
/// order keeps, listed in the set's iteration order.
pub fn set_iteration_order(elements: &[Obj], secret: &HashSecret) -> Vec<usize> {
    let _ = secret;
    (0..elements.len()).collect()
}
