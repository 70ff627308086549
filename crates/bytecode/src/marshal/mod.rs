//! marshal version 4: reading and writing the objects a `.pyc` holds, byte for byte as
//! CPython 3.11 does.
//!
//! The reader ([`loads`]) never trusts the input: every length is checked against the bytes
//! that remain before anything is allocated, nesting is bounded like CPython's
//! `MAX_MARSHAL_STACK_DEPTH`, and every failure is an error naming what is wrong (in CPython's
//! words where it has them) and the byte offset. The writer ([`dumps`]) reproduces CPython's
//! choices: type codes by value, `FLAG_REF` where the object carried it, back-references by
//! identity.

mod reader;
mod writer;

use crate::object::Obj;

/// What is wrong with marshal data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarshalError {
    /// CPython's wording where it has one, e.g. `bad marshal data (unknown type code)`.
    pub message: String,
    /// Byte offset in the input where the problem was found.
    pub offset: usize,
}

impl MarshalError {
    /// The exception CPython raises for this problem.
    pub fn exception(&self) -> &'static str {
        let m = &self.message;
        if m.starts_with("EOF") || m.contains("too short") {
            "EOFError"
        } else if m.starts_with("NULL object") {
            "TypeError"
        } else if m.starts_with("UnicodeDecodeError") {
            "UnicodeDecodeError"
        } else {
            "ValueError"
        }
    }
}

impl std::fmt::Display for MarshalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = self
            .message
            .strip_prefix("UnicodeDecodeError: ")
            .unwrap_or(&self.message);
        write!(
            f,
            "{}: {} (at byte offset {})",
            self.exception(),
            message,
            self.offset
        )
    }
}

impl std::error::Error for MarshalError {}

/// `marshal.loads(data)`: exactly one object; trailing bytes are ignored as CPython does.
pub fn loads(data: &[u8]) -> Result<Obj, MarshalError> {
    reader::Reader::new(data).read_root()
}

/// [`loads`] that also reports how many bytes the object used.
pub fn loads_prefix(data: &[u8]) -> Result<(Obj, usize), MarshalError> {
    let mut r = reader::Reader::new(data);
    let obj = r.read_root()?;
    Ok((obj, r.position()))
}

/// `marshal.dumps(obj, 4)`.
pub fn dumps(obj: &Obj) -> Vec<u8> {
    writer::Writer::new().dump(obj)
}

/// `marshal.dumps(obj, version)` for versions 0 to 4 (older versions drop reference flags
/// and the compact string and tuple codes).
pub fn dumps_version(obj: &Obj, version: i32) -> Vec<u8> {
    writer::Writer::with_version(version).dump(obj)
}

/// Type codes (`Python/marshal.c`).
pub(crate) mod types {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const LONG: u8 = b'l';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    /// Set on a type code: the object is entered in the reference table.
    pub const FLAG_REF: u8 = 0x80;
}

/// `PyLong`s are marshalled in base 2**15 digits.
pub(crate) const LONG_SHIFT: u32 = 15;
