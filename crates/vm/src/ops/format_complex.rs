//! `format(complex, spec)`: both parts laid out by the float rules (the imaginary part
//! always signed, unless the real part is omitted), then padded as one field — CPython's
//! `format_complex_internal`.

use super::format::{pad, Spec};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn format_complex(&self, re: f64, im: f64, s: &Spec) -> PyResult<String> {
        if s.zero {
            return Err(self.value_error("Zero padding is not allowed in complex format specifier"));
        }
        if s.align == Some('=') {
            return Err(
                self.value_error("'=' alignment flag is not allowed in complex format specifier")
            );
        }
        if let Some(t) = s.ty {
            if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'complex'"
                )));
            }
        }
        // No type: like str(z) (shortest repr digits, parentheses, a zero real part
        // left out), or 'g' when a precision is given.
        let omitted = s.ty.is_none();
        let repr_mode = omitted && s.precision.is_none();
        let skip_re = omitted && re == 0.0 && re.is_sign_positive();
        let add_parens = omitted && !skip_re;
        let part = |x: f64, sign: Option<char>| -> PyResult<String> {
            let spec = Spec {
                sign,
                z: s.z,
                alt: s.alt,
                grouping: s.grouping,
                precision: s.precision,
                ty: match s.ty {
                    None if !repr_mode => Some('g'),
                    Some('n') => Some('g'),
                    t => t,
                },
                ..Spec::default()
            };
            let mut out = self.format_float(x, &spec)?;
            if repr_mode {
                if let Some(stripped) = out.strip_suffix(".0") {
                    out = stripped.to_string();
                }
            }
            Ok(out)
        };
        let mut body = String::new();
        if add_parens {
            body.push('(');
        }
        if !skip_re {
            body.push_str(&part(re, s.sign)?);
        }
        body.push_str(&part(im, if skip_re { s.sign } else { Some('+') })?);
        body.push('j');
        if add_parens {
            body.push(')');
        }
        Ok(pad(&body, "", s, '>'))
    }
}
