//! The marshal reader: bytes to [`Obj`], defensively.
//!
//! Back-references resolve to the very handle first read, so identity survives (see
//! `object.rs`). Containers and code objects reserve their reference slot before their
//! children, as CPython does; a reference to a slot whose object is still being read is
//! rejected (CPython would hand out the unfinished object; pyvm has no use for cycles).

use super::types::*;
use super::{MarshalError, LONG_SHIFT};
use crate::code::{CodeFields, CodeObject};
use crate::object::{Obj, PyInt, PyStr, Value};
use num_bigint::{BigInt, Sign};

/// CPython's `MAX_MARSHAL_STACK_DEPTH`.
const MAX_DEPTH: usize = 2000;
/// CPython's `SIZE32_MAX`: the largest size marshal accepts.
const SIZE32_MAX: i64 = 0x7FFF_FFFF;

pub(super) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    depth: usize,
    /// The reference table; `None` marks a slot reserved for an object still being read.
    refs: Vec<Option<Obj>>,
}

type Result<T> = std::result::Result<T, MarshalError>;

impl<'a> Reader<'a> {
    pub(super) fn new(data: &'a [u8]) -> Self {
        Reader {
            data,
            pos: 0,
            depth: 0,
            refs: Vec::new(),
        }
    }

    pub(super) fn position(&self) -> usize {
        self.pos
    }

    pub(super) fn read_root(&mut self) -> Result<Obj> {
        match self.read_object()? {
            Some(obj) => Ok(obj),
            None => Err(self.error_at(0, "NULL object in marshal data for object")),
        }
    }

    fn error_at(&self, offset: usize, message: &str) -> MarshalError {
        MarshalError {
            message: message.to_string(),
            offset,
        }
    }

    fn error(&self, message: &str) -> MarshalError {
        self.error_at(self.pos, message)
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| self.error("marshal data too short"))?;
        let slice = &self.data[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.bytes(1)?[0])
    }

    fn long(&mut self) -> Result<i32> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A 32-bit size field, checked against `0..=SIZE32_MAX` and against what remains
    /// (each element needs at least one byte), so no allocation is sized by a lie. When the
    /// input is too short, the error is the one CPython reaches when it runs out: "marshal
    /// data too short" for bytes and strings, "EOF read where object expected" (at the end
    /// of the input) for containers.
    fn size(&mut self, what: &str, min_item_bytes: usize) -> Result<usize> {
        let at = self.pos;
        let n = self.long()? as i64;
        if !(0..=SIZE32_MAX).contains(&n) {
            return Err(self.error_at(at, &format!("bad marshal data ({what} size out of range)")));
        }
        let n = n as usize;
        let remaining = self.data.len() - self.pos;
        if n.saturating_mul(min_item_bytes) > remaining {
            return Err(if matches!(what, "bytes object" | "string") {
                self.error("marshal data too short")
            } else {
                self.error_at(self.data.len(), "EOF read where object expected")
            });
        }
        Ok(n)
    }

    fn f64(&mut self) -> Result<f64> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    /// A text float (`f`/`x` codes): a length byte and the decimal text.
    fn text_float(&mut self) -> Result<f64> {
        let at = self.pos;
        let n = self.byte()? as usize;
        let text = self.bytes(n)?;
        std::str::from_utf8(text)
            .ok()
            .and_then(parse_python_float)
            .ok_or_else(|| {
                self.error_at(at, "bad marshal data (could not convert string to float)")
            })
    }

    /// Reserves a reference slot if `flag` is set (`r_ref_reserve`).
    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, obj: &Obj) {
        if let Some(i) = slot {
            self.refs[i] = Some(obj.clone());
        }
    }

    /// Reads one object; `Ok(None)` is marshal's NULL (a dict terminator).
    fn read_object(&mut self) -> Result<Option<Obj>> {
        let start = self.pos;
        let Some(&code) = self.data.get(self.pos) else {
            return Err(self.error("EOF read where object expected"));
        };
        self.pos += 1;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return Err(self.error_at(start, "recursion limit exceeded"));
        }
        let result = self.read_body(code & !FLAG_REF, code & FLAG_REF != 0, start);
        self.depth -= 1;
        result
    }

    fn read_body(&mut self, ty: u8, flag: bool, start: usize) -> Result<Option<Obj>> {
        // Simple values: built whole, then entered in the table (`R_REF`).
        let simple = |v: Value| Ok(Some(v));
        let value = match ty {
            NULL => return Ok(None),
            // Singletons never take a reference slot, whatever their flag says.
            NONE => return Ok(Some(Obj::new(Value::None))),
            FALSE => return Ok(Some(Obj::new(Value::Bool(false)))),
            TRUE => return Ok(Some(Obj::new(Value::Bool(true)))),
            STOPITER => return Ok(Some(Obj::new(Value::StopIteration))),
            ELLIPSIS => return Ok(Some(Obj::new(Value::Ellipsis))),
            INT => simple(Value::Int(PyInt::Small(self.long()? as i64))),
            LONG => simple(Value::Int(self.py_long()?)),
            FLOAT => simple(Value::Float(self.text_float()?)),
            BINARY_FLOAT => simple(Value::Float(self.f64()?)),
            COMPLEX => {
                let real = self.text_float()?;
                let imag = self.text_float()?;
                simple(Value::Complex { real, imag })
            }
            BINARY_COMPLEX => {
                let real = self.f64()?;
                let imag = self.f64()?;
                simple(Value::Complex { real, imag })
            }
            STRING => {
                let n = self.size("bytes object", 1)?;
                simple(Value::Bytes(self.bytes(n)?.into()))
            }
            UNICODE | INTERNED => {
                let n = self.size("string", 1)?;
                let at = self.pos;
                let raw = self.bytes(n)?;
                let s = PyStr::from_generalized_utf8(raw, ty == INTERNED).ok_or_else(|| {
                    self.error_at(
                        at,
                        "UnicodeDecodeError: 'utf-8' codec can't decode the string",
                    )
                })?;
                simple(Value::Str(s))
            }
            ASCII | ASCII_INTERNED => {
                let n = self.size("string", 1)?;
                simple(Value::Str(PyStr::from_latin1(
                    self.bytes(n)?,
                    ty == ASCII_INTERNED,
                )))
            }
            SHORT_ASCII | SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                let raw = self.bytes(n)?;
                simple(Value::Str(PyStr::from_latin1(
                    raw,
                    ty == SHORT_ASCII_INTERNED,
                )))
            }
            REF => {
                let at = self.pos;
                let n = self.long()?;
                let target = usize::try_from(n).ok().and_then(|i| self.refs.get(i));
                return match target {
                    Some(Some(obj)) => Ok(Some(obj.clone())),
                    _ => Err(self.error_at(at, "bad marshal data (invalid reference)")),
                };
            }
            SMALL_TUPLE | TUPLE => {
                let n = if ty == SMALL_TUPLE {
                    self.byte()? as usize
                } else {
                    self.size("tuple", 1)?
                };
                let slot = self.reserve(flag);
                let items = self.items(n, "tuple")?;
                return Ok(Some(self.finish(slot, flag, Value::Tuple(items))));
            }
            LIST => {
                let n = self.size("list", 1)?;
                let slot = self.reserve(flag);
                let items = self.items(n, "list")?;
                return Ok(Some(self.finish(slot, flag, Value::List(items))));
            }
            SET | FROZENSET => {
                let n = self.size("set", 1)?;
                let slot = self.reserve(flag);
                let items = self.items(n, "set")?;
                let value = if ty == SET {
                    Value::Set(items)
                } else {
                    Value::FrozenSet(items)
                };
                return Ok(Some(self.finish(slot, flag, value)));
            }
            DICT => {
                let slot = self.reserve(flag);
                let mut pairs = Vec::new();
                // A NULL key or value ends the dict, as in CPython.
                while let Some(key) = self.read_object()? {
                    let Some(value) = self.read_object()? else {
                        break;
                    };
                    pairs.push((key, value));
                }
                return Ok(Some(self.finish(slot, flag, Value::Dict(pairs.into()))));
            }
            CODE => {
                let slot = self.reserve(flag);
                let code = self.code(start)?;
                return Ok(Some(self.finish(slot, flag, Value::Code(Box::new(code)))));
            }
            _ => return Err(self.error_at(start, "bad marshal data (unknown type code)")),
        };
        value.map(|v| {
            v.map(|v| {
                let obj = Obj::with_flag(v, flag);
                if flag {
                    self.refs.push(Some(obj.clone()));
                }
                obj
            })
        })
    }

    fn finish(&mut self, slot: Option<usize>, flag: bool, value: Value) -> Obj {
        let obj = Obj::with_flag(value, flag);
        self.fill(slot, &obj);
        obj
    }

    fn items(&mut self, n: usize, what: &str) -> Result<Box<[Obj]>> {
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            let at = self.pos;
            match self.read_object()? {
                Some(obj) => items.push(obj),
                None => {
                    return Err(
                        self.error_at(at, &format!("NULL object in marshal data for {what}"))
                    )
                }
            }
        }
        Ok(items.into())
    }

    /// `TYPE_LONG`: a signed count of base-2**15 digits, least significant first.
    fn py_long(&mut self) -> Result<PyInt> {
        let at = self.pos;
        let n = self.long()? as i64;
        if !(-SIZE32_MAX..=SIZE32_MAX).contains(&n) {
            return Err(self.error_at(at, "bad marshal data (long size out of range)"));
        }
        let count = n.unsigned_abs() as usize;
        if count.saturating_mul(2) > self.data.len() - self.pos {
            return Err(self.error("marshal data too short"));
        }
        let mut digits = Vec::with_capacity(count);
        for i in 0..count {
            let at = self.pos;
            let b = self.bytes(2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d >= 1 << LONG_SHIFT {
                return Err(self.error_at(at, "bad marshal data (digit out of range in long)"));
            }
            if d == 0 && i + 1 == count {
                return Err(self.error_at(at, "bad marshal data (unnormalized long data)"));
            }
            digits.push(d);
        }
        // Fast path for what fits a machine word; CPython's writer uses `l` only past 32 bits.
        if count <= 4 {
            let magnitude = digits
                .iter()
                .rev()
                .fold(0u64, |acc, &d| (acc << LONG_SHIFT) | d as u64);
            let v = magnitude as i64;
            return Ok(PyInt::Small(if n < 0 { -v } else { v }));
        }
        let mut magnitude = num_bigint::BigUint::default();
        for &d in digits.iter().rev() {
            magnitude = (magnitude << LONG_SHIFT) + d;
        }
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(PyInt::from_big(BigInt::from_biguint(sign, magnitude)))
    }

    fn code(&mut self, start: usize) -> Result<CodeObject> {
        let argcount = self.long()?;
        let posonlyargcount = self.long()?;
        let kwonlyargcount = self.long()?;
        let stacksize = self.long()?;
        let flags = self.long()?;
        let code = self.field()?;
        let consts = self.field()?;
        let names = self.field()?;
        let localsplusnames = self.field()?;
        let localspluskinds = self.field()?;
        let filename = self.field()?;
        let name = self.field()?;
        let qualname = self.field()?;
        let firstlineno = self.long()?;
        let linetable = self.field()?;
        let exceptiontable = self.field()?;
        CodeObject::new(CodeFields {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        })
        .map_err(|e| self.error_at(start, &format!("bad marshal data ({e})")))
    }

    fn field(&mut self) -> Result<Obj> {
        let at = self.pos;
        self.read_object()?
            .ok_or_else(|| self.error_at(at, "NULL object in marshal data for object"))
    }
}

/// Parses a float as `float()` does for marshal's text form (`inf`, `nan`, decimal).
fn parse_python_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => Some(sign * f64::INFINITY),
        "nan" => Some(f64::NAN.copysign(sign)),
        _ if body
            .bytes()
            .all(|b| b.is_ascii_digit() || b"eE.+-_".contains(&b)) =>
        {
            body.parse::<f64>().ok().map(|v| sign * v)
        }
        _ => None,
    }
}
