//! The summing functions of `math`: `fsum` (exact, Shewchuk's partials with CPython's final
//! half-even correction), `hypot` and `dist` (scaled, compensated sum of squares), `prod`.

use crate::builtins::function;
use crate::modules::math::{f, frexp_f64};
use crate::ops::number::{BinOp, NumOp};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    let m = "math";
    function(vm, ns, m, "fsum", fsum);
    function(vm, ns, m, "hypot", hypot);
    function(vm, ns, m, "dist", dist);
    function(vm, ns, m, "prod", prod);
}

fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "fsum", 1, 1)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        let mut x = f(vm, &v)?;
        let xsave = x;
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
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN among the inputs decides the result; one made by the
                // sum itself is an overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    // Sum from the top; when the rounding of the last step was a tie, the next partial
    // (of the same sign as the error) breaks it.
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(0).filter(|n| *n > 0) {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

/// The Euclidean norm of `v`, accurate to within a rounding: the values are scaled by a
/// power of two near the largest, their squares summed exactly enough with an error term,
/// and the square root corrected once.
fn vector_norm(v: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    let scale = 2f64.powi(-(max_e as i32));
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for x in v {
        let x = x.abs() * scale;
        let sq = x * x;
        let sq_err = x.mul_add(x, -sq);
        // Neumaier's compensated addition of the square and its rounding error.
        for term in [sq, sq_err] {
            let t = sum + term;
            if sum.abs() >= term.abs() {
                comp += (sum - t) + term;
            } else {
                comp += (term - t) + sum;
            }
            sum = t;
        }
    }
    let total = sum + comp;
    let mut h = total.sqrt();
    // One Newton step on the residual of h*h against the exact-ish total.
    let resid = (-h).mul_add(h, sum) + comp;
    h += resid / (2.0 * h);
    h / scale
}

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "hypot", 0, usize::MAX)?;
    let v: Vec<f64> = a.iter().map(|x| f(vm, x)).collect::<PyResult<_>>()?;
    Ok(Value::Float(vector_norm(&v)))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "dist", 2, 2)?;
    let seq = |v: &Value, which: &str| -> PyResult<Vec<Value>> {
        match v.as_obj().map(|o| &o.payload) {
            Some(crate::object::Payload::Tuple(t)) => Ok(t.to_vec()),
            Some(crate::object::Payload::List(l)) => Ok(l.borrow().clone()),
            _ => Err(vm.type_error(format!(
                "dist() argument {which} must be tuple, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let (p, q) = (seq(&a[0], "1")?, seq(&a[1], "2")?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        d.push(f(vm, x)? - f(vm, y)?);
    }
    Ok(Value::Float(vector_norm(&d)))
}

fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    let sig = crate::builtins::argparse::Sig {
        name: "prod",
        params: &["iterable", "start"],
        posonly: 1,
        required: 1,
        maxpos: 1,
    };
    let a = sig.bind(vm, &args)?;
    let mut acc = a[1].cloned().unwrap_or(Value::Int(1));
    let it = vm.iter(a[0].unwrap_or(&Value::None))?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinOp::plain(NumOp::Mul))?;
    }
    Ok(acc)
}
