//! `cmath`: the complex functions, computed with the same formulas as CPython's
//! `cmathmodule.c` (scaled square roots, `log1p` near the unit circle, the large-argument
//! branches), so finite arguments give CPython's digits. Infinite and NaN parts follow the
//! formulas rather than C99's special-value tables.

use crate::builtins::function;
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

// SAFETY (for every use): the C library's pure functions on doubles, as in `math.rs`.
extern "C" {
    fn asinh(x: f64) -> f64;
    fn hypot(x: f64, y: f64) -> f64;
}

type C = (f64, f64);

const LN2: f64 = std::f64::consts::LN_2;
const LARGE: f64 = f64::MAX / 4.0;
const LOG_LARGE: f64 = 708.3964185322641; // log(DBL_MAX) - log(2)

fn large_sqrt() -> f64 {
    LARGE.sqrt()
}

fn m_asinh(x: f64) -> f64 {
    // SAFETY: see the extern block.
    unsafe { asinh(x) }
}

fn m_hypot(x: f64, y: f64) -> f64 {
    // SAFETY: see the extern block.
    unsafe { hypot(x, y) }
}

pub fn init(vm: &Vm, ns: &PyRef) {
    use std::f64::consts::{E, PI, TAU};
    vm.dict_set_str(ns, "pi", Value::Float(PI));
    vm.dict_set_str(ns, "e", Value::Float(E));
    vm.dict_set_str(ns, "tau", Value::Float(TAU));
    vm.dict_set_str(ns, "inf", Value::Float(f64::INFINITY));
    vm.dict_set_str(ns, "nan", Value::Float(f64::NAN));
    vm.dict_set_str(ns, "infj", vm.new_complex(0.0, f64::INFINITY));
    vm.dict_set_str(ns, "nanj", vm.new_complex(0.0, f64::NAN));
    let m = "cmath";
    function(vm, ns, m, "sqrt", sqrt);
    function(vm, ns, m, "exp", exp);
    function(vm, ns, m, "log", log);
    function(vm, ns, m, "log10", log10);
    function(vm, ns, m, "acos", acos);
    function(vm, ns, m, "asin", asin);
    function(vm, ns, m, "atan", atan);
    function(vm, ns, m, "acosh", acosh);
    function(vm, ns, m, "asinh", asinh_);
    function(vm, ns, m, "atanh", atanh);
    function(vm, ns, m, "cos", cos);
    function(vm, ns, m, "sin", sin);
    function(vm, ns, m, "tan", tan);
    function(vm, ns, m, "cosh", cosh);
    function(vm, ns, m, "sinh", sinh);
    function(vm, ns, m, "tanh", tanh);
    function(vm, ns, m, "phase", phase);
    function(vm, ns, m, "polar", polar);
    function(vm, ns, m, "rect", rect);
    function(vm, ns, m, "isfinite", isfinite);
    function(vm, ns, m, "isinf", isinf);
    function(vm, ns, m, "isnan", isnan);
    function(vm, ns, m, "isclose", isclose);
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `x` as a complex number (a number, `__complex__`, `__float__` or `__index__`).
fn to_complex(vm: &Vm, x: &Value) -> PyResult<C> {
    match num_of(x) {
        Some(Num::Complex(r, i)) => return Ok((r, i)),
        Some(Num::Float(f)) => return Ok((f, 0.0)),
        Some(Num::Int(i)) => return Ok((i as f64, 0.0)),
        Some(Num::Big(_)) => return Ok((crate::builtins::constructors::to_float(vm, x)?, 0.0)),
        None => {}
    }
    if let Some(m) = vm.getattr_opt(x, "__complex__")? {
        let r = vm.call(&m, Args::positional(&[]))?;
        if let Some(Num::Complex(a, b)) = num_of(&r) {
            return Ok((a, b));
        }
        return Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        )));
    }
    let is_number = !x.is_none()
        && x.as_obj().and_then(|o| o.as_str()).is_none()
        && (crate::builtins::numbers::float_dunder(vm, x)?.is_some() || vm.index_opt(x)?.is_some());
    if !is_number {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(x))));
    }
    Ok((crate::builtins::constructors::to_float(vm, x)?, 0.0))
}

fn one(vm: &Vm, args: &Args, name: &str) -> PyResult<C> {
    // One-argument functions name their module in the count error, as Argument Clinic does.
    let a = args.fixed(vm, &format!("cmath.{name}"), 1, 1)?;
    to_complex(vm, &a[0])
}

/// Wraps a result, raising CPython's errors for values that overflowed from finite input.
fn result(vm: &Vm, z: C, input: C) -> PyResult<Value> {
    let finite_in = input.0.is_finite() && input.1.is_finite();
    if finite_in && (z.0.is_infinite() || z.1.is_infinite()) {
        return Err(range(vm));
    }
    if finite_in && (z.0.is_nan() || z.1.is_nan()) {
        return Err(domain(vm));
    }
    Ok(vm.new_complex(z.0, z.1))
}

fn c_sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    if z.0.is_infinite() || z.1.is_infinite() {
        if z.1.is_infinite() {
            return (f64::INFINITY, z.1);
        }
        if z.0 > 0.0 {
            return (
                f64::INFINITY,
                if z.1.is_nan() {
                    z.1
                } else {
                    0f64.copysign(z.1)
                },
            );
        }
        return (
            if z.1.is_nan() { f64::NAN } else { 0.0 },
            f64::INFINITY.copysign(z.1),
        );
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax *= 2f64.powi(53);
        (ax + m_hypot(ax, ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + m_hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn c_log(z: C) -> Option<C> {
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE || ay > LARGE {
        m_hypot(ax / 2.0, ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            let k = 2f64.powi(53);
            m_hypot(ax * k, ay * k).ln() - 53.0 * LN2
        } else {
            return None;
        }
    } else {
        let h = m_hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Some((re, z.1.atan2(z.0)))
}

fn c_quot(a: C, b: C) -> C {
    let (abr, abi) = (b.0.abs(), b.1.abs());
    if abr >= abi {
        if abr == 0.0 {
            return (f64::NAN, f64::NAN);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abi >= abr {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn c_exp(z: C) -> C {
    if z.0 > LOG_LARGE {
        let l = (z.0 - 1.0).exp();
        (
            l * z.1.cos() * std::f64::consts::E,
            l * z.1.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    }
}

fn c_asinh(z: C) -> C {
    let large = z.0.abs() > LARGE || z.1.abs() > LARGE;
    if large {
        let h = m_hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            h.copysign(z.0)
        } else {
            -h.copysign(-z.0)
        };
        return (re, z.1.atan2(z.0.abs()));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    (
        m_asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_atanh(z: C) -> Option<C> {
    if z.0 < 0.0 {
        let r = c_atanh((-z.0, -z.1))?;
        return Some((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > large_sqrt() || ay > large_sqrt() {
        let h = m_hypot(z.0 / 2.0, z.1 / 2.0);
        return Some((
            z.0 / 4.0 / h / h,
            -(std::f64::consts::FRAC_PI_2).copysign(-z.1),
        ));
    }
    if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return None;
        }
        return Some((
            -(ay.sqrt() / m_hypot(ay, 2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(z.1),
        ));
    }
    Some((
        (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
    ))
}

fn c_cosh(z: C) -> C {
    if z.0.abs() > LOG_LARGE {
        let x = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x.cosh() * std::f64::consts::E,
            z.1.sin() * x.sinh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    }
}

fn c_sinh(z: C) -> C {
    if z.0.abs() > LOG_LARGE {
        let x = z.0 - 1f64.copysign(z.0);
        (
            z.1.cos() * x.sinh() * std::f64::consts::E,
            z.1.sin() * x.cosh() * std::f64::consts::E,
        )
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    }
}

fn c_tanh(z: C) -> C {
    if z.0.abs() > LOG_LARGE {
        (
            1f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        )
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn sqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "sqrt")?;
    let r = c_sqrt(z);
    Ok(vm.new_complex(r.0, r.1))
}

fn exp(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "exp")?;
    result(vm, c_exp(z), z)
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "log", 1, 2)?;
    let z = to_complex(vm, &a[0])?;
    let mut r = c_log(z).ok_or_else(|| domain(vm))?;
    if let Some(b) = a.get(1) {
        let b = to_complex(vm, b)?;
        let lb = c_log(b).ok_or_else(|| domain(vm))?;
        if lb == (0.0, 0.0) {
            return Err(vm.zero_division("complex division by zero"));
        }
        r = c_quot(r, lb);
    }
    Ok(vm.new_complex(r.0, r.1))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "log10")?;
    let r = c_log(z).ok_or_else(|| domain(vm))?;
    let ln10 = std::f64::consts::LN_10;
    Ok(vm.new_complex(r.0 / ln10, r.1 / ln10))
}

fn acos(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "acos")?;
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = z.1.abs().atan2(z.0);
        let h = m_hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -h.copysign(z.1)
        } else {
            h.copysign(-z.1)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1));
        let s2 = c_sqrt((1.0 + z.0, z.1));
        (2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0))
    };
    result(vm, r, z)
}

fn asin(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "asin")?;
    let s = c_asinh((-z.1, z.0));
    result(vm, (s.1, -s.0), z)
}

fn atan(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "atan")?;
    let s = c_atanh((-z.1, z.0)).ok_or_else(|| domain(vm))?;
    result(vm, (s.1, -s.0), z)
}

fn acosh(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "acosh")?;
    let r = if z.0.abs() > LARGE || z.1.abs() > LARGE {
        (
            m_hypot(z.0 / 2.0, z.1 / 2.0).ln() + LN2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1));
        let s2 = c_sqrt((z.0 + 1.0, z.1));
        (m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0))
    };
    result(vm, r, z)
}

fn asinh_(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "asinh")?;
    result(vm, c_asinh(z), z)
}

fn atanh(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "atanh")?;
    let r = c_atanh(z).ok_or_else(|| domain(vm))?;
    result(vm, r, z)
}

fn cos(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "cos")?;
    result(vm, c_cosh((-z.1, z.0)), z)
}

fn sin(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "sin")?;
    let s = c_sinh((-z.1, z.0));
    result(vm, (s.1, -s.0), z)
}

fn tan(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "tan")?;
    let s = c_tanh((-z.1, z.0));
    result(vm, (s.1, -s.0), z)
}

fn cosh(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "cosh")?;
    result(vm, c_cosh(z), z)
}

fn sinh(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "sinh")?;
    result(vm, c_sinh(z), z)
}

fn tanh(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "tanh")?;
    result(vm, c_tanh(z), z)
}

fn phase(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "phase")?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn polar(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "polar")?;
    let r = m_hypot(z.0, z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(z.1.atan2(z.0))]))
}

fn rect(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "rect", 2, 2)?;
    let r = crate::builtins::constructors::to_float(vm, &a[0])?;
    let phi = crate::builtins::constructors::to_float(vm, &a[1])?;
    if r.is_finite() && phi.is_infinite() {
        return Err(domain(vm));
    }
    let z = if phi == 0.0 {
        (r, phi * r)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    Ok(vm.new_complex(z.0, z.1))
}

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "isfinite")?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "isinf")?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    let z = one(vm, &args, "isnan")?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "isclose", &["rel_tol", "abs_tol"])?;
    let a = args.count(vm, "isclose", 2, 2)?;
    let x = to_complex(vm, &a[0])?;
    let y = to_complex(vm, &a[1])?;
    let tol = |name: &str, default: f64| -> PyResult<f64> {
        match args.kwarg(name) {
            Some(v) => crate::builtins::constructors::to_float(vm, v),
            None => Ok(default),
        }
    };
    let rel = tol("rel_tol", 1e-9)?;
    let abs = tol("abs_tol", 0.0)?;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = m_hypot(x.0 - y.0, x.1 - y.1);
    let close = diff <= rel * m_hypot(y.0, y.1) || diff <= rel * m_hypot(x.0, x.1) || diff <= abs;
    Ok(Value::Bool(close))
}
