//! `repr()` of constants exactly as CPython 3.11 prints them. (Interface stub.)

use crate::hash::HashSecret;
use crate::object::Obj;

/// The exception CPython raises computing a repr.
#[derive(Debug)]
pub struct ReprError(pub String);

impl std::fmt::Display for ReprError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn repr(obj: &Obj) -> String {
    obj.type_name().to_string()
}

pub fn repr_with(obj: &Obj, secret: &HashSecret) -> Result<String, ReprError> {
    let _ = secret;
    Ok(repr(obj))
}
