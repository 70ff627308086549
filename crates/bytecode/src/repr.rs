//! `repr()` of constants exactly as CPython 3.11 prints them.
//!
//! Floats use the shortest digits that round-trip (Rust's `{:e}` finds them, as CPython's
//! `dtoa` mode 0 does) laid out by Python's `'r'` rules; strings are escaped by the rules of
//! `unicode_repr` with the printable table generated from CPython's Unicode database;
//! frozensets list members in the order a CPython process would iterate them.

use crate::hash::{set_iteration_order, HashSecret};
use crate::object::{Obj, PyInt, PyStr, Value};
use crate::unicode_printable::is_printable;

mod float;
pub use float::{push_complex, push_float};
use std::fmt::Write;

/// CPython's default `sys.get_int_max_str_digits()`.
const INT_MAX_STR_DIGITS: usize = 4300;

/// The exception CPython raises computing a repr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReprError(pub String);

impl std::fmt::Display for ReprError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReprError {}

/// `repr(obj)` with the default hash seed; an exception is shown inline (for messages).
pub fn repr(obj: &Obj) -> String {
    repr_with(obj, &HashSecret::default()).unwrap_or_else(|e| format!("<{e}>"))
}

/// `repr(obj)` in a process whose hash secret is `secret`.
pub fn repr_with(obj: &Obj, secret: &HashSecret) -> Result<String, ReprError> {
    let mut out = String::new();
    repr_into(&mut out, obj, secret)?;
    Ok(out)
}

/// Appends `repr(obj)` to `out`.
pub fn repr_into(out: &mut String, obj: &Obj, secret: &HashSecret) -> Result<(), ReprError> {
    match obj.value() {
        Value::None => out.push_str("None"),
        Value::StopIteration => out.push_str("<class 'StopIteration'>"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => int_repr(out, i)?,
        Value::Float(f) => push_float(out, *f),
        Value::Complex { real, imag } => push_complex(out, *real, *imag),
        Value::Str(s) => push_str_repr(out, s),
        Value::Bytes(b) => push_bytes_repr(out, b),
        Value::Tuple(items) => {
            out.push('(');
            sequence(out, items.iter(), secret)?;
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::List(items) => {
            out.push('[');
            sequence(out, items.iter(), secret)?;
            out.push(']');
        }
        Value::Dict(pairs) => {
            out.push('{');
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(out, k, secret)?;
                out.push_str(": ");
                repr_into(out, v, secret)?;
            }
            out.push('}');
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            let frozen = matches!(obj.value(), Value::FrozenSet(_));
            let order = set_iteration_order(items, secret);
            match (frozen, order.is_empty()) {
                (true, true) => out.push_str("frozenset()"),
                (false, true) => out.push_str("set()"),
                _ => {
                    out.push_str(if frozen { "frozenset({" } else { "{" });
                    sequence(out, order.iter().map(|&i| &items[i]), secret)?;
                    out.push_str(if frozen { "})" } else { "}" });
                }
            }
        }
        Value::Code(code) => {
            // `code_repr`: name and file as plain text, the address in `%p` form.
            let line = if code.co_firstlineno != 0 {
                code.co_firstlineno
            } else {
                -1
            };
            let _ = write!(
                out,
                "<code object {} at {:#x}, file \"{}\", line {}>",
                code.name().to_string_lossy(),
                obj.identity(),
                code.filename().to_string_lossy(),
                line
            );
        }
    }
    Ok(())
}

fn sequence<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Obj>,
    secret: &HashSecret,
) -> Result<(), ReprError> {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(out, item, secret)?;
    }
    Ok(())
}

fn int_repr(out: &mut String, i: &PyInt) -> Result<(), ReprError> {
    match i {
        PyInt::Small(v) => {
            let _ = write!(out, "{v}");
        }
        PyInt::Big(b) => {
            let text = b.to_string();
            let digits = text.trim_start_matches('-').len();
            if digits > INT_MAX_STR_DIGITS {
                return Err(ReprError(format!(
                    "ValueError: Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer \
                     string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            out.push_str(&text);
        }
    }
    Ok(())
}

/// `unicode_repr`.
pub fn push_str_repr(out: &mut String, s: &PyStr) {
    let bytes = s.generalized_utf8();
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    // Fast path: printable ASCII needs no decoding.
    for cp in s.code_points() {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(cp as u8 as char),
            _ if cp < 0x20 || cp == 0x7F => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
            0..=0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
}

/// `bytes_repr`.
pub fn push_bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_dispatch_to_their_repr() {
        let c = |real, imag| repr(&Obj::new(Value::Complex { real, imag }));
        assert_eq!(c(-0.0, -1.0), "(-0-1j)");
        assert_eq!(repr(&Obj::new(Value::Float(1e16))), "1e+16");
        let s = |t: &str| repr(&Obj::new(Value::Str(PyStr::new(t, false))));
        assert_eq!(s("it's"), "\"it's\"");
        assert_eq!(s("a'\"b"), "'a\\'\"b'");
        assert_eq!(
            s("\u{7f}\u{a0}é\u{200b}\u{1F600}"),
            "'\\x7f\\xa0é\\u200b\u{1F600}'"
        );
        let b = repr(&Obj::new(Value::Bytes(b"a'\x00\xff".to_vec().into())));
        assert_eq!(b, "b\"a'\\x00\\xff\"");
    }
}
