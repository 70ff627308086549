//! `format(value, spec)` with the format-specification mini-language for str, int, float
//! and complex (fill, align, sign, `z`, `#`, `0`, width, grouping, precision, type), and
//! printf-style `%` formatting of str and bytes, with CPython's error messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::ops::number::{num_of, user_method, Num};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A parsed format specification.
#[derive(Debug, Default, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a format spec; the error message CPython gives for a malformed one.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let digits = |i: &mut usize| -> Option<usize> {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        (start < *i).then(|| {
            chars[start..*i]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(usize::MAX)
        })
    };
    s.width = digits(&mut i);
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        s.precision = digits(&mut i);
        if s.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    Ok(s)
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&self, v: &Value, spec: &str) -> PyResult<String> {
        let cls = self.type_of(v).clone();
        if let Some(m) = user_method(self, &cls, "__format__") {
            let r = self.call_method_value(&m, v, &[self.new_str(spec)])?;
            return match r.as_obj().and_then(|o| o.as_str()) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&r)
                ))),
            };
        }
        self.native_format(v, spec)
    }

    /// The built-in types' own `__format__` (no user override consulted).
    pub fn native_format(&self, v: &Value, spec: &str) -> PyResult<String> {
        let bad = |e: String| self.value_error(e);
        match (v, num_of(v)) {
            (Value::Bool(_), _) if spec.is_empty() => self.str_of(v),
            (_, Some(n @ (Num::Int(_) | Num::Big(_)))) => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let s = parse_spec(spec, &self.type_name(v)).map_err(bad)?;
                let big = match n {
                    Num::Int(i) => BigInt::from(i),
                    Num::Big(b) => b.clone(),
                    _ => BigInt::zero(),
                };
                self.format_int(&big, &s)
            }
            (_, Some(Num::Float(f))) => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let s = parse_spec(spec, &self.type_name(v)).map_err(bad)?;
                self.format_float(f, &s)
            }
            (_, Some(Num::Complex(re, im))) if !spec.is_empty() => {
                let s = parse_spec(spec, &self.type_name(v)).map_err(bad)?;
                self.format_complex(re, im, &s)
            }
            _ => match v.as_obj().map(|o| &o.payload) {
                // A str subclass formats as str(self) with an empty spec (its __str__).
                Some(Payload::Str(_)) if spec.is_empty() => self.str_of(v),
                Some(Payload::Str(st)) => {
                    let s = parse_spec(spec, &self.type_name(v)).map_err(bad)?;
                    self.format_str(st.as_str(), &s)
                }
                _ => {
                    if !spec.is_empty() {
                        return Err(self.type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            self.type_name(v)
                        )));
                    }
                    self.str_of(v)
                }
            },
        }
    }

    fn format_str(&self, text: &str, s: &Spec) -> PyResult<String> {
        if let Some(t) = s.ty.filter(|t| *t != 's') {
            return Err(self.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
        if s.sign.is_some() {
            return Err(self.value_error("Sign not allowed in string format specifier"));
        }
        if s.alt {
            return Err(
                self.value_error("Alternate form (#) not allowed in string format specifier")
            );
        }
        if s.align == Some('=') {
            return Err(self.value_error("'=' alignment not allowed in string format specifier"));
        }
        if s.grouping.is_some() {
            return Err(self.value_error(format!(
                "Cannot specify '{}' with 's'.",
                s.grouping.unwrap_or(',')
            )));
        }
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => text.to_string(),
        };
        Ok(pad(&body, "", s, '<'))
    }

    fn format_int(&self, v: &BigInt, s: &Spec) -> PyResult<String> {
        let ty = s.ty.unwrap_or('d');
        if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            let f = v.to_f64().unwrap_or(f64::INFINITY);
            return self.format_float(f, s);
        }
        if s.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        if s.z {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        let (digits, prefix) = match ty {
            'd' | 'n' => (v.abs().to_string(), ""),
            'b' => (v.abs().to_str_radix(2), "0b"),
            'o' => (v.abs().to_str_radix(8), "0o"),
            'x' => (v.abs().to_str_radix(16), "0x"),
            'X' => (v.abs().to_str_radix(16).to_uppercase(), "0X"),
            'c' => {
                if s.sign.is_some() {
                    return Err(
                        self.value_error("Sign not allowed with integer format specifier 'c'")
                    );
                }
                let c = v
                    .to_u32()
                    .and_then(char::from_u32)
                    .ok_or_else(|| self.overflow_error("%c arg not in range(0x110000)"))?;
                return Ok(pad(&c.to_string(), "", s, '<'));
            }
            t => {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'int'"
                )))
            }
        };
        if let Some(g) = s.grouping {
            if !matches!(ty, 'd' | 'b' | 'o' | 'x' | 'X') || (g == ',' && ty != 'd') {
                return Err(self.value_error(format!("Cannot specify '{g}' with '{ty}'.")));
            }
        }
        let sign = sign_str(v.is_negative(), s.sign);
        let prefix = if s.alt { prefix } else { "" };
        let group_size = if ty == 'd' { 3 } else { 4 };
        let lead = format!("{sign}{prefix}");
        Ok(pad_number(&digits, "", &lead, s, group_size))
    }

    pub fn format_float(&self, f: f64, s: &Spec) -> PyResult<String> {
        let ty = s.ty;
        if let Some(t) = ty {
            if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                )));
            }
        }
        if let (Some(g), Some('n')) = (s.grouping, ty) {
            return Err(self.value_error(format!("Cannot specify '{g}' with 'n'.")));
        }
        let mut neg = f.is_sign_negative();
        let a = f.abs();
        let mut body = format_float_abs(a, ty, s.precision, s.alt);
        if s.z && neg && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
            neg = false;
        }
        if f.is_nan() {
            neg = false;
        }
        let upper = matches!(ty, Some('E' | 'F' | 'G'));
        if upper {
            body = body.to_uppercase();
        }
        let sign = sign_str(neg, s.sign);
        // Split into integer digits and the rest (fraction, exponent, %) for grouping.
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, rest) = body.split_at(split);
        if !a.is_finite() {
            // `inf`/`nan` take the zero flag as a '0' fill placed after the sign (no
            // grouping of the fill), and keep a '%' suffix.
            if ty == Some('%') {
                body.push('%');
            }
            let mut s2 = s.clone();
            if s2.zero && s2.fill.is_none() {
                s2.fill = Some('0');
            }
            if s2.zero && s2.align.is_none() {
                s2.align = Some('=');
            }
            if s2.align == Some('=') {
                let width = s2.width.unwrap_or(0);
                let len = sign.len() + body.chars().count();
                let fills: String =
                    std::iter::repeat_n(s2.fill.unwrap_or(' '), width.saturating_sub(len))
                        .collect();
                return Ok(format!("{sign}{fills}{body}"));
            }
            return Ok(pad(&format!("{sign}{body}"), "", &s2, '>'));
        }
        Ok(pad_number(int_part, rest, sign, s, 3))
    }

    /// `str % args`.
    pub fn percent_format_str(&self, fmt: &str, args: &Value) -> PyResult<String> {
        percent(self, fmt, args, false).map(|b| String::from_utf8(b).unwrap_or_default())
    }
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Pads `body` to the spec's width (`default` alignment when none is given).
pub(crate) fn pad(body: &str, _rest: &str, s: &Spec, default: char) -> String {
    let width = s.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let fill = s.fill.unwrap_or(' ');
    let n = width - len;
    let align = s.align.unwrap_or(default);
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", fills(n)),
        '^' => format!("{}{body}{}", fills(n / 2), fills(n - n / 2)),
        _ => format!("{}{body}", fills(n)),
    }
}

/// Lays out a number: sign/prefix, grouped integer digits, the rest, padded (with `=` and
/// zero-padding placing the fill between sign and digits, grouping the zeros too).
fn pad_number(int_digits: &str, rest: &str, lead: &str, s: &Spec, group_size: usize) -> String {
    let width = s.width.unwrap_or(0);
    let zero_pad = s.zero && s.fill.is_none() && s.align.is_none();
    let align = if zero_pad {
        '='
    } else {
        s.align.unwrap_or('>')
    };
    // The zero flag makes '0' the fill whatever the alignment ('<05' pads "7" to "70000").
    let fill = s.fill.unwrap_or(if s.zero { '0' } else { ' ' });
    let group = |digits: &str, min_len: usize| -> String {
        let Some(sep) = s.grouping else {
            let mut d = digits.to_string();
            while d.len() < min_len {
                d.insert(0, '0');
            }
            return d;
        };
        let mut d: Vec<char> = digits.chars().collect();
        let mut out: Vec<char> = Vec::new();
        let mut count = 0;
        loop {
            let c = d.pop();
            match c {
                Some(c) => out.push(c),
                None => {
                    if out.len() >= min_len {
                        break;
                    }
                    out.push('0');
                }
            }
            count += 1;
            if (d.is_empty() && out.len() >= min_len) || out.len() > min_len.max(digits.len()) + 64
            {
                break;
            }
            if count == group_size {
                count = 0;
                if !d.is_empty() || out.len() < min_len {
                    out.push(sep);
                }
            }
        }
        // Zero fill never starts with a separator: CPython puts one more zero before it
        // (the result is then one wider than asked).
        if out.last() == Some(&sep) {
            out.push('0');
        }
        out.iter().rev().collect()
    };
    if align == '=' && fill == '0' {
        let used = lead.chars().count() + rest.chars().count();
        let min_len = width.saturating_sub(used);
        let digits = group(int_digits, min_len);
        return format!("{lead}{digits}{rest}");
    }
    let body = format!("{}{}", group(int_digits, 0), rest);
    let len = lead.chars().count() + body.chars().count();
    if len >= width {
        return format!("{lead}{body}");
    }
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{lead}{body}{}", fills(n)),
        '^' => format!("{}{lead}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{lead}{}{body}", fills(n)),
        _ => format!("{}{lead}{body}", fills(n)),
    }
}

/// A non-negative float laid out by format type `ty` (lower case).
pub fn format_float_abs(a: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> String {
    if a.is_nan() {
        return "nan".into();
    }
    if a.is_infinite() {
        return "inf".into();
    }
    match ty.map(|t| t.to_ascii_lowercase()) {
        Some('f') => {
            let p = precision.unwrap_or(6);
            let mut s = format!("{a:.p$}");
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        Some('e') => sci(a, precision.unwrap_or(6), alt),
        Some('%') => {
            let p = precision.unwrap_or(6);
            let mut s = format!("{:.p$}", a * 100.0);
            if alt && p == 0 {
                s.push('.');
            }
            s.push('%');
            s
        }
        Some('g') | Some('n') => general(a, precision.unwrap_or(6), alt, false),
        _ => match precision {
            // No type: like 'g', but always with a digit after the point in fixed notation.
            Some(p) => general(a, p, alt, true),
            None => {
                let mut s = String::new();
                bytecode::repr::push_float(&mut s, a);
                s
            }
        },
    }
}

/// `'e'` formatting: `d.ddde+XX`.
fn sci(a: f64, p: usize, alt: bool) -> String {
    let s = format!("{a:.p$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut mant = mant.to_string();
    if alt && p == 0 {
        mant.push('.');
    }
    format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `'g'` formatting (and the no-type form with a precision when `always_point`).
fn general(a: f64, p: usize, alt: bool, always_point: bool) -> String {
    let p = p.max(1);
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else if always_point {
            "0.0".into()
        } else {
            "0".into()
        };
    }
    // The exponent after rounding to p significant digits.
    let e = format!("{:.*e}", p - 1, a);
    let exp: i32 = e.split_once('e').map_or(0, |(_, x)| x.parse().unwrap_or(0));
    if -4 <= exp && exp < p as i32 {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut s = format!("{a:.decimals$}");
        if !alt && s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
        if always_point && !s.contains('.') {
            s.push_str(".0");
        }
        s
    } else {
        let mut s = sci(a, p - 1, alt);
        if !alt {
            if let Some((mant, exp)) = s.clone().split_once('e') {
                let mut m = mant.to_string();
                if m.contains('.') {
                    while m.ends_with('0') {
                        m.pop();
                    }
                    if m.ends_with('.') {
                        m.pop();
                    }
                }
                s = format!("{m}e{exp}");
            }
        }
        s
    }
}

/// `str % args` for the `%` operator.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let text = fmt
        .as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let out = percent(vm, &text, args, false)?;
    Ok(vm.new_str(String::from_utf8(out).unwrap_or_default()))
}

/// `bytes % args`.
pub fn percent_format_bytes(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let b = vm.bytes_like(fmt).unwrap_or_default();
    let text: String = b.iter().map(|&c| c as char).collect();
    let out = percent(vm, &text, args, true)?;
    Ok(vm.new_bytes(out))
}

/// printf-style formatting; `bytes_mode` formats `%s` with bytes and returns Latin-1.
fn percent(vm: &Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<Vec<u8>> {
    let is_tuple = args.as_obj().and_then(|o| o.as_tuple()).is_some()
        && args.as_obj().is_some_and(|o| {
            !crate::types::typeobj::data(o.class()).heap || o.as_tuple().is_some()
        });
    let items: Vec<Value> = if is_tuple {
        args.as_obj()
            .and_then(|o| o.as_tuple())
            .map(|t| t.to_vec())
            .unwrap_or_default()
    } else {
        vec![args.clone()]
    };
    // Any subscriptable argument that is not a tuple or the format's own kind of string is
    // taken as a mapping (CPython's `PyMapping_Check`), so `'ab' % [0]` is not an error.
    let mapping = match args.as_obj().map(|o| &o.payload) {
        Some(Payload::Dict(_)) => true,
        Some(Payload::Tuple(_)) => false,
        Some(Payload::Str(_)) if !bytes_mode => false,
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) if bytes_mode => false,
        Some(
            Payload::List(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_),
        ) => true,
        _ => {
            !is_tuple
                && args.as_obj().is_some_and(|o| {
                    crate::types::typeobj::mro_lookup(vm, o.class(), "__getitem__", false)
                        .is_some_and(|m| !m.is_none())
                })
        }
    };
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut next_arg = 0;
    let mut used_mapping = false;
    let mut take = |vm: &Vm| -> PyResult<Value> {
        let v = items
            .get(next_arg)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        next_arg += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_value: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            used_mapping = true;
            key_value = Some(vm.getitem(args, &vm.new_str(key))?);
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = take(vm)?;
            spec.width = Some(
                vm.index_opt(&w)?
                    .ok_or_else(|| vm.type_error("* wants int"))?
                    .max(0) as usize,
            );
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take(vm)?;
                spec.precision = Some(
                    vm.index_opt(&p)?
                        .ok_or_else(|| vm.type_error("* wants int"))?
                        .max(0) as usize,
                );
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(
                    chars[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_value.take() {
            Some(v) => v,
            None => take(vm)?,
        };
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let piece = match conv {
            's' | 'r' | 'a' => {
                let text = if bytes_mode && conv == 's' {
                    match vm.bytes_like(&v) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            return Err(vm.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                vm.type_name(&v)
                            )))
                        }
                    }
                } else {
                    match conv {
                        's' => vm.str_of(&v)?,
                        'r' => vm.repr(&v)?,
                        _ => vm.ascii(&v)?,
                    }
                };
                let text: String = match spec.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                spec.zero = false;
                pad(&text, "", &spec, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match num_of(&v) {
                    Some(Num::Int(i)) => BigInt::from(i),
                    Some(Num::Big(b)) => b.clone(),
                    Some(Num::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => {
                        if !f.is_finite() {
                            return Err(
                                vm.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        crate::builtins::numbers::float_to_bigint(f.trunc())
                    }
                    _ => match vm.index_opt(&v)? {
                        Some(i) => BigInt::from(i),
                        None => {
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                format!(
                                    "%{conv} format: a real number is required, not {}",
                                    vm.type_name(&v)
                                )
                            } else {
                                format!(
                                    "%{conv} format: an integer is required, not {}",
                                    vm.type_name(&v)
                                )
                            };
                            return Err(vm.type_error(what));
                        }
                    },
                };
                let (digits, prefix) = match conv {
                    'x' => (n.abs().to_str_radix(16), "0x"),
                    'X' => (n.abs().to_str_radix(16).to_uppercase(), "0X"),
                    'o' => (n.abs().to_str_radix(8), "0o"),
                    _ => (n.abs().to_string(), ""),
                };
                let digits = match spec.precision {
                    Some(p) if digits.len() < p => {
                        format!("{}{digits}", "0".repeat(p - digits.len()))
                    }
                    _ => digits,
                };
                let sign = sign_str(n.is_negative(), spec.sign);
                let lead = format!("{sign}{}", if spec.alt { prefix } else { "" });
                pad_number(&digits, "", &lead, &spec, 3)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match num_of(&v) {
                    Some(Num::Int(i)) => i as f64,
                    Some(Num::Big(b)) => b.to_f64().unwrap_or(f64::INFINITY),
                    Some(Num::Float(f)) => f,
                    _ => {
                        if let Some(fl) = crate::builtins::numbers::float_dunder(vm, &v)? {
                            fl
                        } else {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(&v)
                            )));
                        }
                    }
                };
                spec.ty = Some(conv);
                if spec.precision.is_none() {
                    spec.precision = Some(6);
                }
                vm.format_float(f, &spec)?
            }
            'c' => {
                let c = match (num_of(&v), v.as_obj().and_then(|o| o.as_str())) {
                    (Some(Num::Int(i)), _) => char::from_u32(i as u32)
                        .filter(|_| (0..0x110000).contains(&i))
                        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?,
                    (_, Some(s)) if s.char_len() == 1 => s.as_str().chars().next().unwrap_or(' '),
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                pad(&c.to_string(), "", &spec, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        out.push_str(&piece);
    }
    if next_arg < items.len() && !used_mapping && !(mapping && next_arg == 0) {
        let kind = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {kind} formatting"
        )));
    }
    Ok(if bytes_mode {
        out.chars().map(|c| c as u32 as u8).collect()
    } else {
        out.into_bytes()
    })
}
