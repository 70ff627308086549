//! The native `math` module: constants and the float functions with CPython's error rules
//! (a NaN from a non-NaN argument is `math domain error`, an infinity from a finite one is
//! `math range error` where the function can overflow and a domain error elsewhere). The
//! integer functions live in [`super::math_int`], the exact sums in [`super::math_sum`].

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::function;
use crate::ops::number::{big_of, num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

// SAFETY (for every use): these are the C library's pure functions on doubles (the libm the
// Rust standard library already links), with no pointers except `frexp`'s out-parameter.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
    fn ldexp(x: f64, e: i32) -> f64;
    fn fmod(x: f64, y: f64) -> f64;
    // The plain `cbrt` symbol is shadowed by the Rust runtime's own (differently rounded)
    // one; glibc exports the same function under this alias.
    #[cfg_attr(target_env = "gnu", link_name = "cbrtf64")]
    fn cbrt(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
}

pub fn init(vm: &Vm, ns: &PyRef) {
    vm.dict_set_str(ns, "pi", Value::Float(std::f64::consts::PI));
    vm.dict_set_str(ns, "e", Value::Float(std::f64::consts::E));
    vm.dict_set_str(ns, "tau", Value::Float(std::f64::consts::TAU));
    vm.dict_set_str(ns, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_str(ns, "nan", Value::Float(f64::NAN));
    let m = "math";
    let unary: [(&'static str, crate::types::function::NativeFn); 25] = [
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log1p", log1p),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh_),
        ("acosh", acosh_),
        ("atanh", atanh_),
        ("cbrt", cbrt_),
        ("erf", erf_),
        ("erfc", erfc_),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
    ];
    for (name, func) in unary {
        function(vm, ns, m, name, func);
    }
    function(vm, ns, m, "floor", floor);
    function(vm, ns, m, "ceil", ceil);
    function(vm, ns, m, "trunc", trunc);
    function(vm, ns, m, "log", log);
    function(vm, ns, m, "log2", log2);
    function(vm, ns, m, "log10", log10);
    function(vm, ns, m, "atan2", atan2);
    function(vm, ns, m, "pow", pow);
    function(vm, ns, m, "fmod", fmod_);
    function(vm, ns, m, "remainder", remainder_);
    function(vm, ns, m, "modf", modf);
    function(vm, ns, m, "frexp", frexp);
    function(vm, ns, m, "ldexp", ldexp_);
    function(vm, ns, m, "copysign", copysign);
    function(vm, ns, m, "nextafter", nextafter_);
    function(vm, ns, m, "ulp", ulp);
    function(vm, ns, m, "isnan", isnan);
    function(vm, ns, m, "isinf", isinf);
    function(vm, ns, m, "isfinite", isfinite);
    function(vm, ns, m, "isclose", isclose);
    crate::modules::math_int::init(vm, ns);
    crate::modules::math_sum::init(vm, ns);
}

/// A float argument (`must be real number, not str` otherwise).
pub fn f(vm: &Vm, v: &Value) -> PyResult<f64> {
    match num_of(v) {
        Some(Num::Float(x)) => return Ok(x),
        Some(Num::Int(i)) => return Ok(i as f64),
        Some(Num::Big(_)) => return crate::builtins::constructors::to_float(vm, v),
        _ => {}
    }
    match crate::builtins::numbers::float_dunder(vm, v)? {
        Some(x) => Ok(x),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn one(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let a = args.fixed(vm, name, 1, 1)?;
    f(vm, &a[0])
}

fn two(vm: &Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = args.fixed(vm, name, 2, 2)?;
    Ok((f(vm, &a[0])?, f(vm, &a[1])?))
}

pub fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

pub fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// CPython's `math_1`: `r = func(x)` checked for domain and range errors.
fn math_1(
    vm: &Vm,
    args: &Args,
    name: &str,
    func: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one(vm, args, name)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($($name:ident => ($func:expr, $ovf:expr)),* $(,)?) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            math_1(vm, &args, stringify!($name).trim_end_matches('_'), $func, $ovf)
        })*
    };
}

unary_fns!(
    sqrt => (f64::sqrt, false),
    exp => (f64::exp, true),
    exp2 => (f64::exp2, true),
    expm1 => (f64::exp_m1, true),
    sin => (f64::sin, false),
    cos => (f64::cos, false),
    tan => (f64::tan, false),
    asin => (f64::asin, false),
    acos => (f64::acos, false),
    atan => (f64::atan, false),
    sinh => (f64::sinh, true),
    cosh => (f64::cosh, true),
    tanh => (f64::tanh, false),
    fabs => (f64::abs, false),
    degrees => (f64::to_degrees, true),
    radians => (f64::to_radians, false),
    // SAFETY: see the extern block.
    erf_ => (|x| unsafe { erf(x) }, false),
    erfc_ => (|x| unsafe { erfc(x) }, false),
    cbrt_ => (|x| unsafe { cbrt(x) }, false),
    asinh_ => (|x| unsafe { asinh(x) }, false),
    acosh_ => (|x| unsafe { acosh(x) }, false),
);

fn log1p(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

fn atanh_(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    // SAFETY: see the extern block.
    Ok(Value::Float(unsafe { atanh(x) }))
}

fn gamma(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "gamma")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return Err(domain(vm));
    }
    // SAFETY: see the extern block.
    let r = unsafe { tgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn lgamma(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "lgamma")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    let mut sign = 0i32;
    // SAFETY: see the extern block; `sign` is a live local for the call.
    let r = unsafe { lgamma_r(x, &mut sign) };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn int_round(vm: &Vm, args: Args, name: &str, op: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    let a = args.fixed(vm, name, 1, 1)?;
    if let Some(Num::Int(_) | Num::Big(_)) = num_of(&a[0]) {
        return crate::builtins::constructors::to_int(vm, &a[0]);
    }
    if let Some(Num::Float(x)) = num_of(&a[0]) {
        return crate::builtins::constructors::to_int(vm, &Value::Float(op(x)));
    }
    if let Some(m) = crate::ops::number::user_method(vm, &vm.type_of(&a[0]).clone(), dunder) {
        return vm.call_method_value(&m, &a[0], &[]);
    }
    if dunder == "__trunc__" {
        return Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(&a[0])
        )));
    }
    let x = f(vm, &a[0])?;
    crate::builtins::constructors::to_int(vm, &Value::Float(op(x)))
}

fn floor(vm: &Vm, args: Args) -> PyResult<Value> {
    int_round(vm, args, "floor", f64::floor, "__floor__")
}

fn ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    int_round(vm, args, "ceil", f64::ceil, "__ceil__")
}

fn trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    int_round(vm, args, "trunc", f64::trunc, "__trunc__")
}

/// CPython's `loghelper`: ints too large for a float are logged as `m * 2**e`.
fn loghelper(vm: &Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = big_of(v) {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = crate::ops::number::big_to_f64(&b).filter(|x| x.is_finite()) {
            return Ok(func(x));
        }
        let shift = b.bits() - 60;
        let top: BigInt = &b >> shift as usize;
        let m = top.to_f64().unwrap_or(1.0) / (1u64 << 60) as f64;
        let e = (shift + 60) as f64;
        return Ok(func(m) + func(2.0) * e);
    }
    let x = f(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(func(x))
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log", 1, 2)?;
    let num = loghelper(vm, &a[0], f64::ln)?;
    match a.get(1) {
        Some(base) => {
            let d = loghelper(vm, base, f64::ln)?;
            if d == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / d))
        }
        None => Ok(Value::Float(num)),
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log2", 1, 1)?;
    Ok(Value::Float(loghelper(vm, &a[0], f64::log2)?))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log10", 1, 1)?;
    Ok(Value::Float(loghelper(vm, &a[0], f64::log10)?))
}

fn atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "pow")?;
    if x.is_finite() && y.is_finite() {
        if x == 0.0 && y < 0.0 {
            return Err(domain(vm));
        }
        if x < 0.0 && y.fract() != 0.0 {
            return Err(domain(vm));
        }
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn fmod_(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    // SAFETY: see the extern block.
    let r = unsafe { fmod(x, y) };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder_(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    // SAFETY: see the extern block.
    Ok(Value::Float(unsafe { remainder(x, y) }))
}

fn modf(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (x itself for 0, inf and nan).
pub fn frexp_f64(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * (1u64 << 54) as f64, -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e + adj)
}

fn frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "frexp")?;
    let (m, e) = frexp_f64(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp_(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "ldexp", 2, 2)?;
    let x = f(vm, &a[0])?;
    let e = match num_of(&a[1]) {
        Some(Num::Int(_) | Num::Big(_)) => big_of(&a[1]).unwrap_or_default(),
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-100_000, 100_000) as i32;
    // SAFETY: see the extern block.
    let r = unsafe { ldexp(x, e) };
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

fn copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn nextafter_(vm: &Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &args, "nextafter")?;
    // SAFETY: see the extern block.
    Ok(Value::Float(unsafe { nextafter(x, y) }))
}

fn ulp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "ulp")?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // SAFETY: see the extern block.
    let up = unsafe { nextafter(x, f64::INFINITY) };
    if up.is_infinite() {
        // SAFETY: see the extern block.
        return Ok(Value::Float(x - unsafe { nextafter(x, 0.0) }));
    }
    Ok(Value::Float(up - x))
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isnan")?.is_nan()))
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isfinite")?.is_finite()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = crate::builtins::argparse::Sig {
        name: "isclose",
        params: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        required: 2,
        maxpos: 2,
    };
    let a = sig.bind(vm, &args)?;
    let x = f(vm, a[0].unwrap_or(&Value::None))?;
    let y = f(vm, a[1].unwrap_or(&Value::None))?;
    let rel = a[2].map(|v| f(vm, v)).transpose()?.unwrap_or(1e-9);
    let abs = a[3].map(|v| f(vm, v)).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}
