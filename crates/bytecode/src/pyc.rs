//! The `.pyc` file: a 16-byte header and a marshalled module code object.
//! (Interface stub: being implemented.)

use crate::marshal::MarshalError;
use crate::object::Obj;

/// CPython 3.11's magic number.
pub const MAGIC_NUMBER: u16 = 3495;

/// A parsed `.pyc` file.
pub struct Pyc {
    pub flags: u32,
    /// Bytes 8..16 of the header: mtime and source size, or the source hash.
    pub validation: [u8; 8],
    pub code: Obj,
}

pub fn read(data: &[u8]) -> Result<Pyc, MarshalError> {
    let _ = data;
    Err(MarshalError {
        message: "pyc: not implemented yet".into(),
        offset: 0,
    })
}
