//! `repr(float)` and `repr(complex)`: CPython's `float_repr_style == 'short'` formatting
//! (`PyOS_double_to_string(v, 'r', 0, flags)` in `Python/pystrtod.c`).
//!
//! The digits are the shortest that read back as the same double (David Gay's `dtoa`
//! mode 0 in CPython). Rust's `{:e}` formatting produces exactly those digits, so only the
//! layout is Python's: positional notation when the decimal point position `decpt` (value =
//! `0.DIGITS * 10**decpt`) satisfies `-4 < decpt <= 16`, otherwise `d.ddde±XX` with at least
//! two exponent digits; `.0` is appended to integral positional floats (`float_repr` passes
//! `Py_DTSF_ADD_DOT_0`; `complex_repr` does not); NaN ignores its sign.

use std::fmt::Write;

/// `repr(v)` for a float, appended to `out`.
pub fn push_float(out: &mut String, v: f64) {
    format_r(out, v, true, false);
}

/// `repr(complex(real, imag))` appended to `out` (`complex_repr`): just `<imag>j` when the
/// real part is +0.0, else `(<real><signed imag>j)`; parts have no `.0`.
pub fn push_complex(out: &mut String, real: f64, imag: f64) {
    if real == 0.0 && real.is_sign_positive() {
        format_r(out, imag, false, false);
        out.push('j');
    } else {
        out.push('(');
        format_r(out, real, false, false);
        format_r(out, imag, false, true);
        out.push_str("j)");
    }
}

/// A fixed buffer for the `{:e}` text, so formatting a float does not allocate. The longest
/// output is 24 bytes (`2.2250738585072014e-308`).
struct Scratch {
    buf: [u8; 32],
    len: usize,
}

impl Write for Scratch {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(std::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The `'r'` format of `v`. `add_dot_0`: `Py_DTSF_ADD_DOT_0`; `always_sign`:
/// `Py_DTSF_SIGN` (a `+` before non-negative values, and before NaN).
fn format_r(out: &mut String, v: f64, add_dot_0: bool, always_sign: bool) {
    if v.is_nan() {
        out.push_str(if always_sign { "+nan" } else { "nan" });
        return;
    }
    if v.is_sign_negative() {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    let v = v.abs();
    if v.is_infinite() {
        out.push_str("inf");
        return;
    }
    if v == 0.0 {
        out.push_str(if add_dot_0 { "0.0" } else { "0" });
        return;
    }
    let mut scratch = Scratch {
        buf: [0; 32],
        len: 0,
    };
    // Cannot fail: the buffer is larger than any f64's `{:e}` text.
    let _ = write!(scratch, "{v:e}");
    let text = &scratch.buf[..scratch.len];
    // "D.DDDDe-X": the leading digit, optional fraction digits, the decimal exponent.
    let e_at = text.iter().position(|&b| b == b'e').unwrap_or(text.len());
    let (mantissa, exponent) = (&text[..e_at], text.get(e_at + 1..).unwrap_or(b"0"));
    let mut digits = [0u8; 20];
    let mut n = 0;
    for &b in mantissa.iter().filter(|b| b.is_ascii_digit()) {
        digits[n] = b;
        n += 1;
    }
    let digits = &digits[..n];
    let exp10 = parse_exponent(exponent);
    let decpt = exp10 + 1;
    let n = n as i32;
    let push_digits = |out: &mut String, d: &[u8]| {
        // ASCII digits only.
        out.extend(d.iter().map(|&b| b as char));
    };
    if decpt <= -4 || decpt > 16 {
        push_digits(out, &digits[..1]);
        if n > 1 {
            out.push('.');
            push_digits(out, &digits[1..]);
        }
        let _ = write!(
            out,
            "e{}{:02}",
            if exp10 < 0 { '-' } else { '+' },
            exp10.unsigned_abs()
        );
    } else if decpt <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        push_digits(out, digits);
    } else if decpt >= n {
        push_digits(out, digits);
        out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
        if add_dot_0 {
            out.push_str(".0");
        }
    } else {
        let split = decpt as usize;
        push_digits(out, &digits[..split]);
        out.push('.');
        push_digits(out, &digits[split..]);
    }
}

fn parse_exponent(text: &[u8]) -> i32 {
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, text),
    };
    let magnitude = digits
        .iter()
        .fold(0i32, |acc, &d| acc * 10 + (d - b'0') as i32);
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64) -> String {
        let mut s = String::new();
        push_float(&mut s, v);
        s
    }

    fn c(real: f64, imag: f64) -> String {
        let mut s = String::new();
        push_complex(&mut s, real, imag);
        s
    }

    #[test]
    fn floats_follow_python_layout() {
        assert_eq!(f(1e16), "1e+16");
        assert_eq!(f(9999999999999998.0), "9999999999999998.0");
        assert_eq!(f(1e15), "1000000000000000.0");
        assert_eq!(f(0.0001), "0.0001");
        assert_eq!(f(0.00001), "1e-05");
        assert_eq!(f(-0.0), "-0.0");
        assert_eq!(f(0.0), "0.0");
        assert_eq!(f(1.0), "1.0");
        assert_eq!(f(0.1), "0.1");
        assert_eq!(f(1.5e-300), "1.5e-300");
        assert_eq!(f(1e100), "1e+100");
        assert_eq!(f(123456.789), "123456.789");
        assert_eq!(f(5e-324), "5e-324");
        assert_eq!(f(1.7976931348623157e308), "1.7976931348623157e+308");
        assert_eq!(f(f64::INFINITY), "inf");
        assert_eq!(f(f64::NEG_INFINITY), "-inf");
        assert_eq!(f(f64::NAN), "nan");
        assert_eq!(f(-f64::NAN), "nan");
    }

    #[test]
    fn complex_follows_complex_repr() {
        assert_eq!(c(1.0, 2.0), "(1+2j)");
        assert_eq!(c(0.0, 2.0), "2j");
        assert_eq!(c(0.0, -2.0), "-2j");
        assert_eq!(c(0.0, 0.0), "0j");
        assert_eq!(c(-0.0, 0.0), "(-0+0j)");
        assert_eq!(c(-0.0, -1.0), "(-0-1j)");
        assert_eq!(c(1.0, f64::NAN), "(1+nanj)");
        assert_eq!(c(-0.0, -f64::NAN), "(-0+nanj)");
        assert_eq!(c(f64::NAN, f64::NEG_INFINITY), "(nan-infj)");
        assert_eq!(c(0.0, 1e16), "1e+16j");
        assert_eq!(c(1.5, 1e-5), "(1.5+1e-05j)");
    }
}
