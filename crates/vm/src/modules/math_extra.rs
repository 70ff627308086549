//! More of `math`: inverse and hyperbolic trigonometry, `expm1`, `log1p`, `prod`, `comb`,
//! `perm`, `lcm` and `dist` (what `random`, `statistics` and user programs reach for).

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    crate::builtins::constructors::to_float(vm, v)
        .map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// A one-argument float function that raises "math domain error" where the result is NaN
/// for a non-NaN argument (CPython's rule).
fn unary(vm: &Vm, args: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let a = args.fixed(vm, name, 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($($name:ident),*) => {$(
        fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            unary(vm, &args, stringify!($name), f64::$name)
        }
    )*};
}
unary_fns!(acos, asin, sinh, cosh, tanh, asinh, acosh);

fn expm1(vm: &Vm, args: Args) -> PyResult<Value> {
    unary(vm, &args, "expm1", f64::exp_m1)
}

fn atanh(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "atanh", 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    if x.abs() >= 1.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.atanh()))
}

fn log1p(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log1p", 1, 1)?;
    let x = float_arg(vm, &a[0])?;
    if x <= -1.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.ln_1p()))
}

fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "prod", &["start"])?;
    let a = args.count(vm, "prod", 1, 1)?;
    let mut acc = args.kwarg("start").cloned().unwrap_or(Value::Int(1));
    for v in vm.collect(&a[0])? {
        acc = vm.binary_op(
            &acc,
            &v,
            crate::ops::number::BinOp::plain(crate::ops::number::NumOp::Mul),
        )?;
    }
    Ok(acc)
}

fn int_value(vm: &Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    crate::ops::number::big_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn nonneg(vm: &Vm, v: &Value, what: &str) -> PyResult<num_bigint::BigInt> {
    let n = int_value(vm, v)?;
    if n < num_bigint::BigInt::from(0) {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "comb", 2, 2)?;
    let n = nonneg(vm, &a[0], "n")?;
    let k = nonneg(vm, &a[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut r = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while i < k {
        r = r * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(vm.new_bigint(r))
}

fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "perm", 1, 2)?;
    let n = nonneg(vm, &a[0], "n")?;
    let k = match a.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => nonneg(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = num_bigint::BigInt::from(1);
    let mut i = num_bigint::BigInt::from(0);
    while i < k {
        r *= &n - &i;
        i += 1;
    }
    Ok(vm.new_bigint(r))
}

fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    use num_integer::Integer;
    let a = args.fixed(vm, "lcm", 0, usize::MAX)?;
    let mut r = num_bigint::BigInt::from(1);
    for v in a {
        let x = int_value(vm, v)?;
        if x == num_bigint::BigInt::from(0) {
            return Ok(Value::Int(0));
        }
        r = r.lcm(&x);
    }
    Ok(vm.new_bigint(num_traits::Signed::abs(&r)))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "dist", 2, 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut sum = 0.0;
    for (x, y) in p.iter().zip(&q) {
        let d = float_arg(vm, x)? - float_arg(vm, y)?;
        sum += d * d;
    }
    Ok(Value::Float(sum.sqrt()))
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let m = "math";
    function(vm, ns, m, "acos", acos);
    function(vm, ns, m, "asin", asin);
    function(vm, ns, m, "sinh", sinh);
    function(vm, ns, m, "cosh", cosh);
    function(vm, ns, m, "tanh", tanh);
    function(vm, ns, m, "asinh", asinh);
    function(vm, ns, m, "acosh", acosh);
    function(vm, ns, m, "atanh", atanh);
    function(vm, ns, m, "expm1", expm1);
    function(vm, ns, m, "log1p", log1p);
    function(vm, ns, m, "prod", prod);
    function(vm, ns, m, "comb", comb);
    function(vm, ns, m, "perm", perm);
    function(vm, ns, m, "lcm", lcm);
    function(vm, ns, m, "dist", dist);
}
