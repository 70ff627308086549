//! The marshal writer: [`Obj`] to bytes, as CPython 3.11's `marshal.dumps(obj, 4)`.
//!
//! CPython decides `FLAG_REF` from reference counts at dump time; pyvm replays the flag each
//! object carries, and writes a back-reference (`r` + index) when a flagged object is met
//! again by identity. Indices are given in the order flagged objects are first written,
//! containers before their children, which is the order the reader assigns them.

use super::types::*;
use super::LONG_SHIFT;
use crate::code::CodeObject;
use crate::object::{Obj, PyInt, Value};
use rustc_hash::FxHashMap as HashMap;

pub(super) struct Writer {
    out: Vec<u8>,
    /// Identity of each flagged object written so far → its reference index.
    refs: HashMap<usize, u32>,
    /// Keeps every flagged object alive while its identity is a key above.
    keep: Vec<Obj>,
    /// The marshal format version: below 3 nothing is flagged, below 4 strings and tuples
    /// use the older type codes.
    version: i32,
}

impl Writer {
    pub(super) fn new() -> Self {
        Writer {
            out: Vec::new(),
            refs: HashMap::default(),
            keep: Vec::new(),
            version: 4,
        }
    }

    pub(super) fn with_version(version: i32) -> Self {
        Writer {
            version,
            ..Writer::new()
        }
    }

    pub(super) fn dump(mut self, obj: &Obj) -> Vec<u8> {
        self.object(obj);
        self.out
    }

    fn long(&mut self, v: i32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn size(&mut self, n: usize) {
        // Sizes beyond i32 cannot come from marshal data; CPython would refuse to write them.
        self.long(i32::try_from(n).unwrap_or(i32::MAX));
    }

    /// Writes the type code, with `FLAG_REF` and a table entry when the object carries it;
    /// returns false (after writing a back-reference) when it was written before.
    fn type_code(&mut self, obj: &Obj, code: u8) -> bool {
        if !obj.flagged() || self.version < 3 {
            self.out.push(code);
            return true;
        }
        if let Some(&index) = self.refs.get(&obj.identity()) {
            self.out.push(REF);
            self.long(index as i32);
            return false;
        }
        self.refs.insert(obj.identity(), self.refs.len() as u32);
        self.keep.push(obj.clone());
        self.out.push(code | FLAG_REF);
        true
    }

    fn object(&mut self, obj: &Obj) {
        let code = match obj.value() {
            Value::None => return self.out.push(NONE),
            Value::StopIteration => return self.out.push(STOPITER),
            Value::Ellipsis => return self.out.push(ELLIPSIS),
            Value::Bool(false) => return self.out.push(FALSE),
            Value::Bool(true) => return self.out.push(TRUE),
            Value::Int(PyInt::Small(v)) if i32::try_from(*v).is_ok() => INT,
            Value::Int(_) => LONG,
            Value::Float(_) => BINARY_FLOAT,
            Value::Complex { .. } => BINARY_COMPLEX,
            Value::Bytes(_) => STRING,
            Value::Str(s) if self.version < 4 => {
                if s.interned && self.version >= 3 {
                    INTERNED
                } else {
                    UNICODE
                }
            }
            Value::Str(s) => match (s.is_ascii(), s.interned) {
                (true, interned) if s.generalized_utf8().len() < 256 => {
                    if interned {
                        SHORT_ASCII_INTERNED
                    } else {
                        SHORT_ASCII
                    }
                }
                (true, true) => ASCII_INTERNED,
                (true, false) => ASCII,
                (false, true) => INTERNED,
                (false, false) => UNICODE,
            },
            Value::Tuple(items) if items.len() < 256 && self.version >= 4 => SMALL_TUPLE,
            Value::Tuple(_) => TUPLE,
            Value::List(_) => LIST,
            Value::Dict(_) => DICT,
            Value::Set(_) => SET,
            Value::FrozenSet(_) => FROZENSET,
            Value::Code(_) => CODE,
        };
        if !self.type_code(obj, code) {
            return;
        }
        match obj.value() {
            Value::Int(PyInt::Small(v)) if code == INT => self.long(*v as i32),
            Value::Int(i) => self.py_long(i),
            Value::Float(f) => self.out.extend_from_slice(&f.to_le_bytes()),
            Value::Complex { real, imag } => {
                self.out.extend_from_slice(&real.to_le_bytes());
                self.out.extend_from_slice(&imag.to_le_bytes());
            }
            Value::Bytes(b) => {
                self.size(b.len());
                self.out.extend_from_slice(b);
            }
            Value::Str(s) => {
                let bytes = s.generalized_utf8();
                if code == SHORT_ASCII || code == SHORT_ASCII_INTERNED {
                    self.out.push(bytes.len() as u8);
                } else {
                    self.size(bytes.len());
                }
                self.out.extend_from_slice(bytes);
            }
            Value::Tuple(items) => {
                if code == SMALL_TUPLE {
                    self.out.push(items.len() as u8);
                } else {
                    self.size(items.len());
                }
                items.iter().for_each(|o| self.object(o));
            }
            Value::List(items) => {
                self.size(items.len());
                items.iter().for_each(|o| self.object(o));
            }
            Value::Dict(pairs) => {
                for (k, v) in pairs.iter() {
                    self.object(k);
                    self.object(v);
                }
                self.out.push(NULL);
            }
            Value::Set(items) | Value::FrozenSet(items) => {
                // Elements go out in the order the object holds them. CPython 3.11 sorts
                // them by a standalone dump taken while each element's reference count
                // decides its FLAG_REF (so the order is not the sorted order of the bytes
                // finally written); a file's order is therefore kept as read, and code that
                // builds a new set constant must order it as CPython would.
                self.size(items.len());
                items.iter().for_each(|o| self.object(o));
            }
            Value::Code(c) => self.code(c),
            Value::None | Value::StopIteration | Value::Ellipsis | Value::Bool(_) => {}
        }
    }

    /// `TYPE_LONG` body: signed digit count, then base-2**15 digits, least significant first.
    fn py_long(&mut self, v: &PyInt) {
        let big = v.to_big();
        let (sign, magnitude) = big.into_parts();
        let mut digits = Vec::new();
        let mut m = magnitude;
        let mask = num_bigint::BigUint::from((1u32 << LONG_SHIFT) - 1);
        while m != num_bigint::BigUint::default() {
            let d = &m & &mask;
            digits.push(d.iter_u32_digits().next().unwrap_or(0) as u16);
            m >>= LONG_SHIFT;
        }
        let n = digits.len() as i32;
        self.long(if sign == num_bigint::Sign::Minus {
            -n
        } else {
            n
        });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.long(c.co_argcount);
        self.long(c.co_posonlyargcount);
        self.long(c.co_kwonlyargcount);
        self.long(c.co_stacksize);
        self.long(c.co_flags);
        for o in [
            &c.co_code,
            &c.co_consts,
            &c.co_names,
            &c.co_localsplusnames,
            &c.co_localspluskinds,
            &c.co_filename,
            &c.co_name,
            &c.co_qualname,
        ] {
            self.object(o);
        }
        self.long(c.co_firstlineno);
        self.object(&c.co_linetable);
        self.object(&c.co_exceptiontable);
    }
}
