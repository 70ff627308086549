//! The named methods of the number types beyond the basic ones in [`super::numbers`]:
//! `int.bit_count`, `int.to_bytes`/`int.from_bytes`, `float.hex`/`float.fromhex`, and the
//! methods of `complex`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::argparse::{no_args, one_arg, Sig};
use crate::builtins::{class_method, method, rest, self_arg};
use crate::ops::number::{big_of, num_of, Num};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().int;
    method(vm, t, "bit_count", bit_count);
    method(vm, t, "to_bytes", to_bytes);
    method(vm, t, "as_integer_ratio", int_ratio);
    class_method(vm, t, "from_bytes", from_bytes);
    let t = &vm.types().float;
    method(vm, t, "hex", float_hex);
    class_method(vm, t, "fromhex", float_fromhex);
    let t = &vm.types().complex;
    method(vm, t, "conjugate", complex_conjugate);
}

fn int_self(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = self_arg(vm, args, name)?;
    big_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'int' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

fn bit_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "bit_count")?;
    no_args(vm, &rest(&args), "int.bit_count")?;
    let ones: u64 = v
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "as_integer_ratio")?;
    no_args(vm, &rest(&args), "int.as_integer_ratio")?;
    Ok(vm.new_tuple(vec![vm.new_bigint(v), Value::Int(1)]))
}

/// `byteorder` as `true` for big-endian.
fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    let Some(s) = v.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        )));
    };
    match s.as_str() {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = int_self(vm, &args, "to_bytes")?;
    let sig = Sig {
        name: "to_bytes",
        params: &["length", "byteorder", "signed"],
        posonly: 0,
        required: 0,
        maxpos: 2,
    };
    let a = sig.bind(vm, &rest(&args))?;
    let length = match a[0] {
        Some(l) => vm.index_arg(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder(vm, a[1])?;
    let signed = match a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && v.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        // The sign byte a positive value needs only when signed.
        bytes.pop();
    }
    if v.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::constructors::cls_arg(vm, &args, "from_bytes")?;
    let sig = Sig {
        name: "from_bytes",
        params: &["bytes", "byteorder", "signed"],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let r = rest(&args);
    let a = sig.bind(vm, &r)?;
    let src = a[0].cloned().unwrap_or(Value::None);
    if src.as_obj().and_then(|o| o.as_str()).is_some() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let data = match vm.bytes_like(&src) {
        Some(b) => b,
        None => {
            let one = [src];
            crate::builtins::bytes::bytes_from(vm, &Args::positional(&one), "bytes")?
        }
    };
    let big = byteorder(vm, a[1])?;
    let signed = match a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let v = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    let v = vm.new_bigint(v);
    if std::rc::Rc::ptr_eq(&cls, &vm.types().int) {
        return Ok(v);
    }
    vm.call(&Value::Obj(cls), Args::positional(&[v]))
}

fn float_self(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let v = self_arg(vm, args, name)?;
    match num_of(v) {
        Some(Num::Float(f)) => Ok(f),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// `float.hex()`: `[-]0x<d>.<13 hex digits>p<exp>` with the leading digit 1 for normal
/// numbers and 0 for subnormals.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{exp:+}")
}

fn float_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_self(vm, &args, "hex")?;
    no_args(vm, &rest(&args), "float.hex")?;
    Ok(vm.new_str(float_to_hex(f)))
}

/// `m * 2**e` correctly rounded (half to even) to a float; `None` when it overflows.
pub fn big_ldexp(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let neg = m.is_negative();
    let mag = m.magnitude();
    let bits = mag.bits() as i64;
    // The exponent of the result's least significant bit: 53 significant bits, or fewer in
    // the subnormal range.
    let lsb = (bits + e - 53).max(-1074);
    let shift = lsb - e;
    let mut q = if shift > 0 {
        let s = shift as u64;
        let q = mag >> s;
        let rem = mag - (&q << s);
        let half = num_bigint::BigUint::from(1u8) << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        }
    } else {
        mag << ((-shift) as u64)
    };
    let mut lsb = lsb;
    if q.bits() > 53 {
        q >>= 1u8;
        lsb += 1;
    }
    let q = q.to_u64()? as f64;
    if lsb > 1024 - 53 {
        return None;
    }
    // Scale in two exact steps so an intermediate power of two stays representable.
    let half = lsb / 2;
    let r = q * pow2(half) * pow2(lsb - half);
    if r.is_infinite() {
        return None;
    }
    Some(if neg { -r } else { r })
}

fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// Parses `float.fromhex`'s argument; `Err(true)` on overflow, `Err(false)` when malformed.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16 + d;
    }
    let mut e: i64 = -4 * frac.len() as i64;
    if let Some(x) = exp {
        let (xneg, digits) = match x.as_bytes().first() {
            Some(b'-') => (true, &x[1..]),
            Some(b'+') => (false, &x[1..]),
            _ => (false, x),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        // Exponents past any float's range saturate (the mantissa decides zero or overflow).
        let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(1 << 40);
        e += if xneg { -v } else { v };
    }
    let r = big_ldexp(&m, e).ok_or(true)?;
    Ok(if neg { -r } else { r })
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::constructors::cls_arg(vm, &args, "fromhex")?;
    let s = one_arg(vm, &rest(&args), "float.fromhex")?;
    let Some(text) = s.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        )));
    };
    let f = match parse_hex_float(text.as_str()) {
        Ok(f) => f,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types().float) {
        return Ok(Value::Float(f));
    }
    vm.call(&Value::Obj(cls), Args::positional(&[Value::Float(f)]))
}

fn complex_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = self_arg(vm, &args, "conjugate")?;
    no_args(vm, &rest(&args), "complex.conjugate")?;
    match num_of(v) {
        Some(Num::Complex(r, i)) => Ok(vm.new_complex(r, -i)),
        _ => Err(vm.type_error(format!(
            "descriptor 'conjugate' for 'complex' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}
