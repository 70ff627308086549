//! Constant objects: the values a code object's `co_consts` (and a `.pyc`) can hold.
//!
//! This is the marshal-level object model, independent of the VM's runtime objects: the VM
//! converts these into its own values when it loads a code object. Two facts beyond the value
//! are kept so that loading and dumping a `.pyc` gives back the same bytes:
//! - identity: an [`Obj`] is a shared handle, and marshal's back-references (`TYPE_REF`)
//!   resolve to the *same* handle, so a writer can tell "this object again" with
//!   [`Obj::ptr_eq`], exactly as CPython's writer does with object identity;
//! - `flagged`: whether the object was written with `FLAG_REF` (CPython sets it on objects
//!   whose reference count was above one when dumped; it cannot be recomputed from the value).
//!
//! Strings keep whether they were interned, since that chooses the marshal type code.

use crate::code::CodeObject;
use num_bigint::BigInt;
use std::sync::Arc;

/// A shared handle to an immutable constant.
#[derive(Clone)]
pub struct Obj(Arc<ObjData>);

/// The value behind an [`Obj`] and its marshal flag.
pub struct ObjData {
    /// Written with marshal's `FLAG_REF` bit, so later occurrences may refer back to it.
    pub flagged: bool,
    pub value: Value,
}

/// The kinds of object marshal version 4 can carry.
pub enum Value {
    None,
    StopIteration,
    Ellipsis,
    Bool(bool),
    Int(PyInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Box<[u8]>),
    Tuple(Box<[Obj]>),
    List(Box<[Obj]>),
    /// Key/value pairs in marshal order.
    Dict(Box<[(Obj, Obj)]>),
    /// Elements in marshal order (not iteration order; see `hash::set_iteration_order`).
    Set(Box<[Obj]>),
    FrozenSet(Box<[Obj]>),
    Code(Box<CodeObject>),
}

/// A Python `int`: machine-sized when it fits, arbitrary precision otherwise.
/// Invariant: `Big` never holds a value that fits in `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    Big(BigInt),
}

impl PyInt {
    /// Builds the normalised form of a big integer.
    pub fn from_big(v: BigInt) -> PyInt {
        match i64::try_from(&v) {
            Ok(small) => PyInt::Small(small),
            Err(_) => PyInt::Big(v),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(v) => v.clone(),
        }
    }
}

impl std::fmt::Display for PyInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyInt::Small(v) => write!(f, "{v}"),
            PyInt::Big(v) => write!(f, "{v}"),
        }
    }
}

/// A Python `str`. Python strings may hold lone surrogates, which Rust's `str` cannot, so the
/// text is kept as generalised UTF-8 (UTF-8 that also encodes U+D800..U+DFFF, what CPython's
/// `surrogatepass` error handler produces and what marshal stores).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Box<[u8]>,
    /// Marshal wrote it with an interned type code (`t`, `A`, `Z`).
    pub interned: bool,
}

impl PyStr {
    pub fn new(s: &str, interned: bool) -> PyStr {
        PyStr {
            bytes: s.as_bytes().into(),
            interned,
        }
    }

    /// Accepts generalised UTF-8 (surrogates allowed, nothing else invalid); `None` otherwise.
    pub fn from_generalized_utf8(bytes: &[u8], interned: bool) -> Option<PyStr> {
        if std::str::from_utf8(bytes).is_err() && !is_generalized_utf8(bytes) {
            return None;
        }
        Some(PyStr {
            bytes: bytes.into(),
            interned,
        })
    }

    /// Builds a string from Latin-1 bytes (marshal's ASCII type codes are read this way).
    pub fn from_latin1(bytes: &[u8], interned: bool) -> PyStr {
        let s: String = bytes.iter().map(|&b| b as char).collect();
        PyStr::new(&s, interned)
    }

    /// The generalised UTF-8 bytes (what marshal's `u`/`t` type codes store).
    pub fn generalized_utf8(&self) -> &[u8] {
        &self.bytes
    }

    /// The text, if it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The text with any lone surrogate replaced by U+FFFD, for messages.
    pub fn to_string_lossy(&self) -> String {
        self.code_points()
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect()
    }

    /// Code points in order, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { rest: &self.bytes }
    }

    /// `len(s)` in code points.
    pub fn char_len(&self) -> usize {
        // Every code point has exactly one non-continuation byte.
        self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }

    pub fn is_ascii(&self) -> bool {
        self.bytes.is_ascii()
    }

    /// The largest code point (0 for the empty string): decides CPython's storage kind.
    pub fn max_char(&self) -> u32 {
        self.code_points().max().unwrap_or(0)
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

/// Iterator over the code points of a [`PyStr`].
pub struct CodePoints<'a> {
    rest: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let (cp, len) = decode_one(self.rest)?;
        self.rest = &self.rest[len..];
        Some(cp)
    }
}

/// Decodes one code point of generalised UTF-8; the input is already validated, so a
/// malformed sequence just ends the iteration.
fn decode_one(b: &[u8]) -> Option<(u32, usize)> {
    let first = *b.first()?;
    let (len, init) = match first {
        0x00..=0x7F => return Some((first as u32, 1)),
        0xC0..=0xDF => (2, (first & 0x1F) as u32),
        0xE0..=0xEF => (3, (first & 0x0F) as u32),
        0xF0..=0xF7 => (4, (first & 0x07) as u32),
        _ => return None,
    };
    let tail = b.get(1..len)?;
    let mut cp = init;
    for &c in tail {
        if c & 0xC0 != 0x80 {
            return None;
        }
        cp = (cp << 6) | (c & 0x3F) as u32;
    }
    Some((cp, len))
}

/// UTF-8 validity with surrogates (U+D800..U+DFFF) allowed, overlong forms and values above
/// U+10FFFF still rejected.
fn is_generalized_utf8(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let Some((cp, len)) = decode_one(&b[i..]) else {
            return false;
        };
        let min = match len {
            1 => 0,
            2 => 0x80,
            3 => 0x800,
            _ => 0x10000,
        };
        if cp < min || cp > 0x10FFFF {
            return false;
        }
        i += len;
    }
    true
}

/// Encodes one code point (surrogates included) as generalised UTF-8.
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

impl Obj {
    /// A new object that was not written with `FLAG_REF`.
    pub fn new(value: Value) -> Obj {
        Obj(Arc::new(ObjData {
            flagged: false,
            value,
        }))
    }

    pub fn with_flag(value: Value, flagged: bool) -> Obj {
        Obj(Arc::new(ObjData { flagged, value }))
    }

    pub fn value(&self) -> &Value {
        &self.0.value
    }

    pub fn flagged(&self) -> bool {
        self.0.flagged
    }

    /// Same object (marshal identity), not merely equal values.
    pub fn ptr_eq(a: &Obj, b: &Obj) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }

    /// A stable key for identity-keyed tables (valid while the object is alive).
    pub fn identity(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self.value() {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self.value() {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    pub fn as_tuple(&self) -> Option<&[Obj]> {
        match self.value() {
            Value::Tuple(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_code(&self) -> Option<&CodeObject> {
        match self.value() {
            Value::Code(c) => Some(c),
            _ => None,
        }
    }

    /// `type(x).__name__` for the object, as CPython names it.
    pub fn type_name(&self) -> &'static str {
        match self.value() {
            Value::None => "NoneType",
            Value::StopIteration => "type",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex { .. } => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code",
        }
    }
}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::repr::repr(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_generalized_utf8() {
        let mut bytes = Vec::new();
        for cp in [0x41, 0xD800, 0xE9, 0x1F600, 0xDFFF] {
            push_code_point(&mut bytes, cp);
        }
        let s = PyStr::from_generalized_utf8(&bytes, false).expect("valid");
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x41, 0xD800, 0xE9, 0x1F600, 0xDFFF]
        );
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.max_char(), 0x1F600);
        assert!(s.as_str().is_none());
    }

    #[test]
    fn invalid_utf8_is_rejected() {
        assert!(PyStr::from_generalized_utf8(&[0xC0, 0x80], false).is_none()); // overlong
        assert!(PyStr::from_generalized_utf8(&[0xFF], false).is_none());
        assert!(PyStr::from_generalized_utf8(&[0xE2, 0x82], false).is_none()); // truncated
    }

    #[test]
    fn latin1_strings_decode_each_byte() {
        let s = PyStr::from_latin1(&[0x61, 0xE9], true);
        assert_eq!(s.as_str(), Some("aé"));
        assert!(s.interned);
    }
}
