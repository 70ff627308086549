//! `struct` format strings: parsing (`"<2hxq"`), sizes and native alignment, and packing and
//! unpacking single items. Shared by `_struct`, `memoryview` and `array`, which all speak
//! the same single-character codes.
//!
//! The error messages follow CPython 3.11's `_struct` module, including its quirk that the
//! little-endian standard table (`<` and `=` on this little-endian machine) borrows the
//! native packers whenever the sizes agree, so `<h` and `@h` complain the same way while
//! `>h` words it differently.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::ops::number::{num_of, Num};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// How a format lays out its items.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// `@` (the default): native sizes and alignment, native (little-endian) order.
    Native,
    /// `<` and `=`: standard sizes, little-endian, no alignment.
    Little,
    /// `>` and `!`: standard sizes, big-endian, no alignment.
    Big,
}

/// One code of a format with its repeat count.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub code: u8,
    pub count: usize,
    /// Byte offset of the first item in the packed data.
    pub offset: usize,
    /// Size of one item (for `s` and `p` the whole field is `count` bytes).
    pub size: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Format {
    pub mode: Mode,
    pub codes: Vec<Code>,
    /// Total packed size in bytes.
    pub size: usize,
    /// How many Python values it packs.
    pub items: usize,
}

/// The `struct.error` exception, made by `_struct`'s import.
pub fn error(vm: &Vm, msg: impl Into<Box<str>>) -> PyErr {
    let cls = super::struct_mod::error_class(vm);
    vm.new_error(&cls, msg)
}

/// `(size, alignment)` of `code` in `mode`, `None` for a code the mode lacks.
pub fn code_size(code: u8, mode: Mode) -> Option<(usize, usize)> {
    let native = mode == Mode::Native;
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    Some((size, if native { size } else { 1 }))
}

impl Format {
    /// Parses `fmt` as `struct` does.
    pub fn parse(vm: &Vm, fmt: &[u8]) -> PyResult<Format> {
        let (mode, body) = match fmt.first() {
            Some(b'@') => (Mode::Native, &fmt[1..]),
            Some(b'<' | b'=') => (Mode::Little, &fmt[1..]),
            Some(b'>' | b'!') => (Mode::Big, &fmt[1..]),
            _ => (Mode::Native, fmt),
        };
        let too_long = || error(vm, "total struct size too long");
        let mut codes = Vec::new();
        let (mut size, mut items) = (0usize, 0usize);
        let mut i = 0;
        while i < body.len() {
            let mut c = body[i];
            i += 1;
            if c.is_ascii_whitespace() {
                continue;
            }
            let mut count = 1usize;
            if c.is_ascii_digit() {
                count = (c - b'0') as usize;
                loop {
                    let Some(&d) = body.get(i) else {
                        return Err(error(vm, "repeat count given without format specifier"));
                    };
                    i += 1;
                    if !d.is_ascii_digit() {
                        c = d;
                        break;
                    }
                    count = count
                        .checked_mul(10)
                        .and_then(|n| n.checked_add((d - b'0') as usize))
                        .filter(|&n| n <= isize::MAX as usize)
                        .ok_or_else(too_long)?;
                }
            }
            let Some((isize_, align)) = code_size(c, mode) else {
                return Err(error(vm, "bad char in struct format"));
            };
            if align > 1 && size > 0 {
                size = size
                    .div_ceil(align)
                    .checked_mul(align)
                    .ok_or_else(too_long)?;
            }
            let field = count.checked_mul(isize_).ok_or_else(too_long)?;
            codes.push(Code {
                code: c,
                count,
                offset: size,
                size: isize_,
            });
            size = size
                .checked_add(field)
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(too_long)?;
            items += match c {
                b's' | b'p' => 1,
                b'x' => 0,
                _ => count,
            };
        }
        Ok(Format {
            mode,
            codes,
            size,
            items,
        })
    }

    /// Packs `args` (exactly [`Format::items`] of them) into `out` (exactly
    /// [`Format::size`] bytes, zeroed).
    pub fn pack_into(&self, vm: &Vm, args: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mut args = args.iter();
        for c in &self.codes {
            let field = &mut out[c.offset..c.offset + c.count * c.size];
            match c.code {
                b'x' => {}
                b's' | b'p' => {
                    let v = args.next().cloned().unwrap_or(Value::None);
                    let data = match v.as_obj().map(|o| &o.payload) {
                        Some(crate::object::Payload::Bytes(b)) => b.to_vec(),
                        Some(crate::object::Payload::ByteArray(b)) => b.borrow().clone(),
                        _ => {
                            return Err(error(
                                vm,
                                format!("argument for '{}' must be a bytes object", c.code as char),
                            ))
                        }
                    };
                    if c.code == b's' {
                        let n = data.len().min(c.count);
                        field[..n].copy_from_slice(&data[..n]);
                    } else if c.count > 0 {
                        let n = data.len().min(c.count - 1);
                        field[1..1 + n].copy_from_slice(&data[..n]);
                        field[0] = n.min(255) as u8;
                    }
                }
                code => {
                    for k in 0..c.count {
                        let v = args.next().cloned().unwrap_or(Value::None);
                        pack_item(
                            vm,
                            code,
                            self.mode,
                            &v,
                            &mut field[k * c.size..(k + 1) * c.size],
                        )?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Unpacks `data` (exactly [`Format::size`] bytes).
    pub fn unpack(&self, vm: &Vm, data: &[u8]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(self.items);
        for c in &self.codes {
            let field = &data[c.offset..c.offset + c.count * c.size];
            match c.code {
                b'x' => {}
                b's' => out.push(vm.new_bytes(field.to_vec())),
                b'p' => {
                    if c.count == 0 {
                        out.push(vm.new_bytes(Vec::new()));
                    } else {
                        let n = (field[0] as usize).min(c.count - 1);
                        out.push(vm.new_bytes(field[1..1 + n].to_vec()));
                    }
                }
                code => {
                    for k in 0..c.count {
                        out.push(unpack_item(
                            vm,
                            code,
                            self.mode,
                            &field[k * c.size..(k + 1) * c.size],
                        ));
                    }
                }
            }
        }
        Ok(out)
    }
}

/// The integer `v` (an `int` or something with `__index__`), as struct wants it.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match num_of(v) {
        Some(Num::Int(i)) => return Ok(BigInt::from(i)),
        Some(Num::Big(b)) => return Ok(b.clone()),
        Some(_) => return Err(error(vm, "required argument is not an integer")),
        None => {}
    }
    if v.as_obj().and_then(|o| o.as_str()).is_some() {
        return Err(error(vm, "required argument is not an integer"));
    }
    match vm.index_opt(v) {
        Ok(Some(i)) => Ok(BigInt::from(i)),
        Ok(None) => Err(error(vm, "required argument is not an integer")),
        Err(e) => Err(e),
    }
}

/// The float `v` (`PyFloat_AsDouble`: a float, `__float__` or `__index__`).
fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    let not_float = || error(vm, "required argument is not a float");
    match num_of(v) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return Ok(i as f64),
        Some(Num::Big(b)) => {
            return crate::ops::number::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        Some(Num::Complex(..)) => return Err(not_float()),
        None => {}
    }
    if v.as_obj().and_then(|o| o.as_str()).is_some() || v.is_none() {
        return Err(not_float());
    }
    if let Some(f) = crate::builtins::numbers::float_dunder(vm, v)? {
        return Ok(f);
    }
    match vm.index_opt(v)? {
        Some(i) => Ok(i as f64),
        None => Err(not_float()),
    }
}

/// The "'X' format requires lo <= number <= hi" error.
fn range_error(vm: &Vm, code: u8, lo: i128, hi: i128) -> PyErr {
    error(
        vm,
        format!("'{}' format requires {lo} <= number <= {hi}", code as char),
    )
}

/// Checks `n` for an integer `code` of `size` bytes in `mode` and returns its two's
/// complement bits, with the message CPython's packer for that table entry gives.
fn int_bits(vm: &Vm, code: u8, mode: Mode, size: usize, n: &BigInt) -> PyResult<u64> {
    let out_of_range = || error(vm, "argument out of range");
    let signed = code.is_ascii_lowercase();
    // The packers first convert to a C long / unsigned long.
    let as_long = n.to_i64();
    if code == b'P' {
        return match (as_long, n.to_u64()) {
            (Some(i), _) => Ok(i as u64),
            (_, Some(u)) => Ok(u),
            _ => Err(out_of_range()),
        };
    }
    // Byte and short packers of the native table (also used by `<`, `=` and, for the
    // bytes, `>`): C long first, then the range in words.
    let native_small =
        matches!(code, b'b' | b'B') || (matches!(code, b'h' | b'H') && mode != Mode::Big);
    if native_small {
        let i = as_long.ok_or_else(out_of_range)?;
        let (lo, hi, word) = match code {
            b'b' => (-128, 127, "byte"),
            b'B' => (0, 255, "ubyte"),
            b'h' => (-32768, 32767, "short"),
            _ => (0, 65535, "ushort"),
        };
        if i < lo || i > hi {
            return Err(error(
                vm,
                format!("{word} format requires {lo} <= number <= {hi}"),
            ));
        }
        return Ok(i as u64);
    }
    if size == 8 {
        if mode == Mode::Big {
            // `>q`/`>Q` go through `_PyLong_AsByteArray`.
            let ok = if signed {
                n.to_i64().map(|i| i as u64)
            } else {
                n.to_u64()
            };
            return ok.ok_or_else(|| error(vm, "int too large to convert"));
        }
        return if signed {
            as_long.map(|i| i as u64).ok_or_else(out_of_range)
        } else {
            n.to_u64().ok_or_else(out_of_range)
        };
    }
    let bits = 8 * size as u32;
    if signed {
        let i = as_long.ok_or_else(out_of_range)?;
        let (lo, hi) = (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1);
        if i < lo || i > hi {
            return Err(range_error(vm, code, lo as i128, hi as i128));
        }
        Ok(i as u64)
    } else {
        if n.is_negative() {
            return Err(out_of_range());
        }
        let u = n.to_u64().ok_or_else(out_of_range)?;
        let hi = (1u64 << bits) - 1;
        if u > hi {
            return Err(range_error(vm, code, 0, hi as i128));
        }
        Ok(u)
    }
}

/// Packs one value of the single-item `code` into `out` (its size).
pub fn pack_item(vm: &Vm, code: u8, mode: Mode, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let size = out.len();
    let put = |out: &mut [u8], bits: u64| {
        let le = bits.to_le_bytes();
        if mode == Mode::Big {
            for (k, b) in out.iter_mut().enumerate() {
                *b = le[size - 1 - k];
            }
        } else {
            out.copy_from_slice(&le[..size]);
        }
    };
    match code {
        b'c' => match v.as_obj().map(|o| &o.payload) {
            Some(crate::object::Payload::Bytes(b)) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            let h = f64_to_half(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            put(out, h as u64);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && mode != Mode::Native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(out, y.to_bits() as u64);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(out, x.to_bits());
        }
        _ => {
            let n = int_arg(vm, v)?;
            let bits = int_bits(vm, code, mode, size, &n)?;
            put(out, bits);
        }
    }
    Ok(())
}

/// Unpacks one item of `code` from `data` (its size).
pub fn unpack_item(vm: &Vm, code: u8, mode: Mode, data: &[u8]) -> Value {
    let size = data.len();
    let mut le = [0u8; 8];
    if mode == Mode::Big {
        for (k, b) in data.iter().rev().enumerate() {
            le[k] = *b;
        }
    } else {
        le[..size].copy_from_slice(data);
    }
    let bits = u64::from_le_bytes(le);
    match code {
        b'c' => vm.new_bytes(vec![data[0]]),
        b'?' => Value::Bool(bits != 0),
        b'e' => Value::Float(half_to_f64(bits as u16)),
        b'f' => Value::Float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::Float(f64::from_bits(bits)),
        c if c.is_ascii_lowercase() => {
            let shift = 64 - 8 * size as u32;
            Value::Int(((bits << shift) as i64) >> shift)
        }
        _ => {
            if bits > i64::MAX as u64 {
                vm.new_bigint(BigInt::from(bits))
            } else {
                Value::Int(bits as i64)
            }
        }
    }
}

/// IEEE 754 half precision of `x`, rounded to nearest even; `None` if it overflows.
pub fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Work in units of the smallest subnormal (2^-24): rounding to an integer count of
    // those units is exact rounding for subnormals; normals round at their own scale.
    let (mut e, mut m) = {
        let fr = frexp(a); // a = m * 2^e, 0.5 <= m < 1
        (fr.1, fr.0)
    };
    if e < -13 {
        // Subnormal (or rounds up into the smallest normal).
        let units = a * 16777216.0; // a / 2^-24
        let r = round_half_even(units);
        if r >= 1024.0 {
            return Some(sign | 0x0400);
        }
        return Some(sign | r as u16);
    }
    // Normal: a = (1 + f) * 2^(e-1), with 10 fraction bits.
    m *= 2.0;
    e -= 1;
    let frac = (m - 1.0) * 1024.0;
    let mut f = round_half_even(frac) as u32;
    if f >= 1024 {
        f = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | f as u16)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

/// `(m, e)` with `x = m * 2^e` and `0.5 <= m < 1`, for positive finite `x`.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// The value of IEEE half-precision bits `h`.
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    };
    sign * v
}
