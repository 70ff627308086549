//! The native `math` module: constants and the common functions with CPython's domain
//! errors (`math domain error`) and exact integer functions (`factorial`, `gcd`, `isqrt`,
//! `comb`, `perm`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::builtins::function;
use crate::ops::number::{big_of, num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    vm.dict_set_str(ns, "pi", Value::Float(std::f64::consts::PI));
    vm.dict_set_str(ns, "e", Value::Float(std::f64::consts::E));
    vm.dict_set_str(ns, "tau", Value::Float(std::f64::consts::TAU));
    vm.dict_set_str(ns, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_str(ns, "nan", Value::Float(f64::NAN));
    let m = "math";
    function(vm, ns, m, "sqrt", sqrt);
    function(vm, ns, m, "floor", floor);
    function(vm, ns, m, "ceil", ceil);
    function(vm, ns, m, "trunc", trunc);
    function(vm, ns, m, "fabs", fabs);
    function(vm, ns, m, "exp", exp);
    function(vm, ns, m, "log", log);
    function(vm, ns, m, "log2", log2);
    function(vm, ns, m, "log10", log10);
    function(vm, ns, m, "sin", sin);
    function(vm, ns, m, "cos", cos);
    function(vm, ns, m, "tan", tan);
    function(vm, ns, m, "atan", atan);
    function(vm, ns, m, "atan2", atan2);
    function(vm, ns, m, "hypot", hypot);
    function(vm, ns, m, "pow", pow);
    function(vm, ns, m, "isnan", isnan);
    function(vm, ns, m, "isinf", isinf);
    function(vm, ns, m, "isfinite", isfinite);
    function(vm, ns, m, "isclose", isclose);
    function(vm, ns, m, "factorial", factorial);
    function(vm, ns, m, "gcd", gcd);
    function(vm, ns, m, "isqrt", isqrt);
    function(vm, ns, m, "copysign", copysign);
    function(vm, ns, m, "fsum", fsum);
    function(vm, ns, m, "degrees", degrees);
    function(vm, ns, m, "radians", radians);
}

fn f(vm: &Vm, v: &Value) -> PyResult<f64> {
    crate::builtins::constructors::to_float(vm, v)
        .map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn one(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let a = args.fixed(vm, name, 1, 1)?;
    f(vm, &a[0])
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn checked(vm: &Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn sqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "sqrt")?;
    checked(vm, x, x.sqrt())
}

fn int_round(vm: &Vm, args: Args, name: &str, op: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    let a = args.fixed(vm, name, 1, 1)?;
    if let Some(Num::Int(_) | Num::Big(_)) = num_of(&a[0]) {
        return crate::builtins::constructors::to_int(vm, &a[0]);
    }
    if let Some(m) = crate::ops::number::user_method(vm, &vm.type_of(&a[0]).clone(), dunder) {
        return vm.call_method_value(&m, &a[0], &[]);
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

fn fabs(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "fabs")?.abs()))
}

fn exp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "exp")?;
    checked(vm, x, x.exp())
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log", 1, 2)?;
    let ln = |v: &Value| -> PyResult<f64> {
        if let Some(b) = big_of(v) {
            if !b.is_positive() {
                return Err(domain(vm));
            }
            // Large ints: log of the top bits plus the shift.
            let bits = b.bits();
            if bits > 1000 {
                let shift = bits - 64;
                let top: BigInt = &b >> shift as usize;
                let t: f64 = num_traits::ToPrimitive::to_f64(&top).unwrap_or(1.0);
                return Ok(t.ln() + shift as f64 * std::f64::consts::LN_2);
            }
        }
        let x = f(vm, v)?;
        if x <= 0.0 {
            return Err(domain(vm));
        }
        Ok(x.ln())
    };
    let num = ln(&a[0])?;
    match a.get(1) {
        Some(base) => {
            let d = ln(base)?;
            if d == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / d))
        }
        None => Ok(Value::Float(num)),
    }
}

fn log2(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log2")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log10")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log10()))
}

fn sin(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "sin")?;
    checked(vm, x, x.sin())
}

fn cos(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "cos")?;
    checked(vm, x, x.cos())
}

fn tan(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "tan")?;
    checked(vm, x, x.tan())
}

fn atan(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "atan")?.atan()))
}

fn atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "atan2", 2, 2)?;
    Ok(Value::Float(f(vm, &a[0])?.atan2(f(vm, &a[1])?)))
}

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for v in args.fixed(vm, "hypot", 0, usize::MAX)? {
        acc = acc.hypot(f(vm, v)?);
    }
    Ok(Value::Float(acc))
}

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "pow", 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    checked(vm, x, x.powf(y))
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
    args.only_kwargs(vm, "isclose", &["rel_tol", "abs_tol"])?;
    let a = args.count(vm, "isclose", 2, 2)?;
    let (x, y) = (f(vm, &a[0])?, f(vm, &a[1])?);
    let rel = args
        .kwarg("rel_tol")
        .map(|v| f(vm, v))
        .transpose()?
        .unwrap_or(1e-9);
    let abs = args
        .kwarg("abs_tol")
        .map(|v| f(vm, v))
        .transpose()?
        .unwrap_or(0.0);
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

fn int_arg(vm: &Vm, v: &Value, name: &str) -> PyResult<BigInt> {
    match num_of(v) {
        Some(Num::Int(_) | Num::Big(_)) => Ok(big_of(v).unwrap_or_default()),
        Some(Num::Float(_)) => {
            Err(vm.type_error("'float' object cannot be interpreted as an integer".to_string()))
        }
        _ => vm.index_arg(v).map(BigInt::from).map_err(|_| {
            vm.type_error(format!(
                "{name}: '{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        }),
    }
}

fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "factorial", 1, 1)?;
    let n = int_arg(vm, &a[0], "factorial")?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n: u64 = num_traits::ToPrimitive::to_u64(&n).ok_or_else(|| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in args.fixed(vm, "gcd", 0, usize::MAX)? {
        g = g.gcd(&int_arg(vm, v, "gcd")?);
    }
    Ok(vm.new_bigint(g))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "isqrt", 1, 1)?;
    let n = int_arg(vm, &a[0], "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "copysign", 2, 2)?;
    Ok(Value::Float(f(vm, &a[0])?.copysign(f(vm, &a[1])?)))
}

fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "fsum", 1, 1)?;
    // Shewchuk's exact summation with partials, as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.collect(&a[0])? {
        let mut x = f(vm, &v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn degrees(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "degrees")?.to_degrees()))
}

fn radians(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "radians")?.to_radians()))
}
