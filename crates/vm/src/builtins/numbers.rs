//! Number helpers and methods: `divmod`, three-argument `pow`, `round` (banker's rounding
//! for ints and CPython's correctly rounded float rounding), float-to-int conversion, and
//! the methods of int and float (`bit_length`, `is_integer`, `as_integer_ratio`, ...).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{method, rest, self_arg};
use crate::ops::number::{big_of, num_of, user_method, BinOp, Num, NumOp};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().int;
    method(vm, t, "bit_length", bit_length);
    method(vm, t, "conjugate", int_conjugate);
    method(vm, t, "__index__", int_index);
    method(vm, t, "__int__", int_index);
    method(vm, t, "__float__", to_float_method);
    let t = &vm.types().float;
    method(vm, t, "is_integer", is_integer);
    method(vm, t, "as_integer_ratio", as_integer_ratio);
    method(vm, t, "conjugate", float_conjugate);
    method(vm, t, "__float__", to_float_method);
    method(vm, t, "__int__", float_int);
}

/// An exactly integral float as a big int.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut v = BigInt::from(mant);
    if exp > 0 {
        v <<= exp as usize;
    } else {
        v >>= (-exp) as usize;
    }
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// `float(x)` through `__float__`/`__index__` of a user object.
pub fn float_dunder(vm: &Vm, x: &Value) -> PyResult<Option<f64>> {
    let cls = vm.type_of(x).clone();
    if let Some(m) = user_method(vm, &cls, "__float__") {
        let r = vm.call_method_value(&m, x, &[])?;
        return match num_of(&r) {
            Some(Num::Float(f)) => Ok(Some(f)),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(i) = vm.index_opt(x)? {
        return Ok(Some(i as f64));
    }
    Ok(None)
}

/// `divmod(a, b)`.
pub fn divmod(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    match (num_of(a), num_of(b)) {
        (Some(x @ (Num::Int(_) | Num::Big(_))), Some(y @ (Num::Int(_) | Num::Big(_)))) => {
            let (x, y) = (to_big(x), to_big(y));
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            let (q, r) = x.div_mod_floor(&y);
            Ok(vm.new_tuple(vec![vm.new_bigint(q), vm.new_bigint(r)]))
        }
        (Some(x), Some(y)) if !matches!(x, Num::Complex(..)) && !matches!(y, Num::Complex(..)) => {
            let fx = crate::builtins::constructors::to_float(vm, a)?;
            let fy = crate::builtins::constructors::to_float(vm, b)?;
            let _ = (x, y);
            if fy == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::ops::number::float_divmod(fx, fy);
            Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
        }
        _ => {
            let cls = vm.type_of(a).clone();
            if let Some(m) = user_method(vm, &cls, "__divmod__") {
                let r = vm.call_method_value(&m, a, std::slice::from_ref(b))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            let rcls = vm.type_of(b).clone();
            if let Some(m) = user_method(vm, &rcls, "__rdivmod__") {
                let r = vm.call_method_value(&m, b, std::slice::from_ref(a))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(a),
                vm.type_name(b)
            )))
        }
    }
}

fn to_big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

/// `pow(base, exp, mod)`.
pub fn pow_mod(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) = (big_of(base), big_of(exp), big_of(m)) else {
        // Three-argument power never tries `__rpow__`: only the base's `__pow__` is asked
        // (CPython's `slot_nb_power` checks the base's type before calling it).
        if let Some(f) = user_method(vm, vm.type_of(base), "__pow__") {
            let r = vm.call_method_value(&f, base, &[exp.clone(), m.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if [base, exp, m].iter().all(|v| num_of(v).is_some()) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(base),
            vm.type_name(exp),
            vm.type_name(m)
        )));
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        // A modular inverse, if one exists.
        let g = b.extended_gcd(&md);
        if !g.gcd.abs().is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        (g.x.mod_floor(&md), -e)
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &md.abs());
    let r = if md.is_negative() && !r.is_zero() {
        r + md
    } else {
        r
    };
    Ok(vm.new_bigint(r))
}

/// `round(x, ndigits)`.
pub fn round(vm: &Vm, x: &Value, nd: &Value) -> PyResult<Value> {
    match num_of(x) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => {
            if nd.is_none() {
                return Ok(vm.new_bigint(to_big(n)));
            }
            let d = vm.index_arg(nd)?;
            if d >= 0 {
                return Ok(vm.new_bigint(to_big(n)));
            }
            let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-d) as u32);
            let v = to_big(n);
            let (q, r) = v.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(vm.new_bigint(q * p))
        }
        Some(Num::Float(f)) => {
            if nd.is_none() {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                return Ok(vm.new_bigint(float_to_bigint(r)));
            }
            let d = vm.index_arg(nd)?;
            round_float(f, d)
                .map(Value::Float)
                .ok_or_else(|| vm.overflow_error("rounded value too large to represent"))
        }
        _ => {
            let cls = vm.type_of(x).clone();
            match user_method(vm, &cls, "__round__") {
                Some(m) => {
                    let args: Vec<Value> = if nd.is_none() {
                        vec![]
                    } else {
                        vec![nd.clone()]
                    };
                    vm.call_method_value(&m, x, &args)
                }
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(x)
                ))),
            }
        }
    }
}

/// `round(f, ndigits)` correctly rounded (half to even on the exact decimal value), as
/// CPython's `double_round` does through its string conversion.
pub fn round_float(f: f64, d: i64) -> Option<f64> {
    if !f.is_finite() || f == 0.0 {
        return Some(f);
    }
    if d > 323 {
        return Some(f);
    }
    if d < -308 {
        return Some(0.0f64.copysign(f));
    }
    // Rust's `{:.N}` formatting rounds the exact binary value half-to-even, as dtoa mode 3.
    if d >= 0 {
        let s = format!("{:.*}", d as usize, f);
        return Some(s.parse().unwrap_or(f));
    }
    // Round the exact binary value to a multiple of 10^k half-to-even, then read the
    // decimal result back correctly rounded (dividing by 10^k in floating point would
    // round twice).
    let k = (-d) as u32;
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e2 = exp.max(1) - 1075;
    let (num, den) = if e2 >= 0 {
        (
            BigInt::from(mant) << e2 as usize,
            BigInt::from(10u32).pow(k),
        )
    } else {
        (
            BigInt::from(mant),
            BigInt::from(10u32).pow(k) << (-e2) as usize,
        )
    };
    let (q, r) = num.div_rem(&den);
    let twice = r << 1usize;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    let r: f64 = format!("{q}e{k}").parse().unwrap_or(f64::INFINITY);
    r.is_finite().then(|| r.copysign(f))
}

fn bit_length(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = big_of(self_arg(vm, &args, "bit_length")?).unwrap_or_default();
    Ok(Value::Int(v.bits() as i64))
}

fn int_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = big_of(self_arg(vm, &args, "conjugate")?).unwrap_or_default();
    Ok(vm.new_bigint(v))
}

fn int_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = big_of(self_arg(vm, &args, "__index__")?).unwrap_or_default();
    Ok(vm.new_bigint(v))
}

fn to_float_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__float__")?;
    Ok(Value::Float(match num_of(this) {
        Some(Num::Float(f)) => f,
        Some(Num::Int(i)) => i as f64,
        Some(Num::Big(b)) => b.to_f64().unwrap_or(f64::INFINITY),
        _ => 0.0,
    }))
}

fn float_val(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    match num_of(self_arg(vm, args, name)?) {
        Some(Num::Float(f)) => Ok(f),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

fn is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_val(vm, &args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_val(vm, &args, "conjugate")?))
}

fn float_int(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_val(vm, &args, "__int__")?;
    crate::builtins::constructors::to_int(vm, &Value::Float(f))
}

fn as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = float_val(vm, &args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let mut num = f;
    let mut den = BigInt::one();
    let mut k = 0;
    while num.fract() != 0.0 && k < 1100 {
        num *= 2.0;
        den <<= 1usize;
        k += 1;
    }
    let n = float_to_bigint(num);
    let g = n.gcd(&den);
    let _ = rest(&args);
    let _ = BinOp::plain(NumOp::Add);
    Ok(vm.new_tuple(vec![vm.new_bigint(&n / &g), vm.new_bigint(&den / &g)]))
}
