//! Text to numbers for `int(text, base)` and `float(text)`, as CPython reads them: Unicode
//! decimal digits and whitespace first become ASCII (`_PyUnicode_TransformDecimalAndSpaceToASCII`),
//! then the ASCII grammar applies — a sign, a base prefix when the base allows it, single
//! underscores between digits, surrounding whitespace — with the 4300-digit limit on
//! decimal-to-int conversion.

use num_bigint::BigInt;
use num_traits::Num as _;

use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// Unicode decimal digits to ASCII digits and Unicode whitespace to spaces; other non-ASCII
/// characters become `?`, which no grammar accepts.
fn to_ascii(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if unicode::is_space(c) {
                ' '
            } else if let Some(d) = unicode::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

/// `Py_ISSPACE`: the ASCII whitespace CPython's number parsers skip.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `int(text, base)` (`base` 0 or 2..=36); `orig` is the argument, shown in the error.
pub fn parse_int(vm: &Vm, text: &str, base: u32, orig: &Value) -> PyResult<Value> {
    let err = || {
        let mut shown = vm.repr(orig).unwrap_or_default();
        if let Some((cut, _)) = shown.char_indices().nth(200) {
            shown.truncate(cut);
        }
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    };
    let ascii = to_ascii(text);
    let s = ascii.as_bytes();
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if let Some(&c @ (b'+' | b'-')) = s.get(i) {
        negative = c == b'-';
        i += 1;
    }
    let prefix_base = |c: Option<&u8>| match c.map(u8::to_ascii_lowercase) {
        Some(b'x') => Some(16),
        Some(b'o') => Some(8),
        Some(b'b') => Some(2),
        _ => None,
    };
    let mut base = base;
    let mut only_zero = false;
    if base == 0 {
        base = if s.get(i) != Some(&b'0') {
            10
        } else if let Some(b) = prefix_base(s.get(i + 1)) {
            b
        } else {
            // A C-style octal literal ("07") is invalid, but zeros are still zero.
            only_zero = true;
            10
        };
    }
    if s.get(i) == Some(&b'0') && prefix_base(s.get(i + 1)) == Some(base) {
        i += 2;
        if s.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    let mut digits = String::new();
    let mut prev_underscore = true;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev_underscore {
                return Err(err());
            }
            prev_underscore = true;
        } else if (c as char).is_digit(base) {
            digits.push(c as char);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if digits.is_empty() || prev_underscore {
        return Err(err());
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i < s.len() || (only_zero && digits.bytes().any(|d| d != b'0')) {
        return Err(err());
    }
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.len() <= 18 && base == 10 {
        let v: i64 = digits.parse().map_err(|_| err())?;
        return Ok(Value::Int(if negative { -v } else { v }));
    }
    let v = BigInt::from_str_radix(&digits, base).map_err(|_| err())?;
    Ok(vm.new_bigint(if negative { -v } else { v }))
}

/// `float(text)`: `None` when the text is not a float literal.
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii = to_ascii(text);
    let t = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let bytes = lower.as_bytes();
    // Underscores only between two digits; otherwise digits, one point, an exponent.
    for (i, &c) in bytes.iter().enumerate() {
        let ok = match c {
            b'0'..=b'9' | b'.' | b'e' => true,
            b'+' | b'-' => i > 0 && bytes[i - 1] == b'e',
            b'_' => {
                i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    let clean: String = lower.chars().filter(|c| *c != '_').collect();
    let mantissa = clean.split('e').next().unwrap_or("");
    if !mantissa.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    clean.parse::<f64>().ok().map(|f| sign * f)
}

/// `complex(text)`: `(real, imag)`, or `None` when the text is not a complex literal
/// (`1+2j`, `-1.5e3j`, `(3-j)`, `inf+nanj`; spaces only around the whole).
pub fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let ascii = to_ascii(text);
    let mut t = ascii.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim_matches(|c: char| c.is_ascii() && is_ascii_space(c as u8));
    }
    if t.is_empty()
        || t.bytes()
            .any(|c| is_ascii_space(c) || c == b'(' || c == b')')
    {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float(t).map(|r| (r, 0.0));
    };
    let imag_of = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_float(s),
        }
    };
    // The sign that starts the imaginary part: the last one not opening the text and not
    // an exponent's.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((parse_float(&body[..i])?, imag_of(&body[i..])?)),
        None => Some((0.0, imag_of(body)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_float;

    #[test]
    fn floats() {
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("\u{663}.\u{665}"), Some(3.5));
        assert_eq!(parse_float("-iNfinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("+.5"), Some(0.5));
        for bad in [
            "1__0.5", "_1.0", "1e_5", "0x10", ".e5", "1e", "", "in f", "1.5j",
        ] {
            assert_eq!(parse_float(bad), None, "{bad}");
        }
    }
}
