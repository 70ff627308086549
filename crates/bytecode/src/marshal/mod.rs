//! marshal version 4: reading and writing the objects a `.pyc` holds.
//! (Interface stub: being implemented.)

use crate::object::Obj;

/// What is wrong with marshal data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError {
    /// CPython's wording where it has one, e.g. `bad marshal data (unknown type code)`.
    pub message: String,
    /// Byte offset in the input where the problem was found.
    pub offset: usize,
}

impl std::fmt::Display for MarshalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte offset {}", self.message, self.offset)
    }
}

impl std::error::Error for MarshalError {}

/// `marshal.loads(data)`: exactly one object; trailing bytes are ignored as CPython does.
pub fn loads(data: &[u8]) -> Result<Obj, MarshalError> {
    let _ = data;
    Err(MarshalError {
        message: "marshal: not implemented yet".into(),
        offset: 0,
    })
}

/// `marshal.dumps(obj, 4)`.
pub fn dumps(obj: &Obj) -> Vec<u8> {
    let _ = obj;
    Vec::new()
}
