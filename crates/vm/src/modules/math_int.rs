//! The integer functions of `math`: `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`, with
//! CPython's argument conversion (`__index__`, so floats are refused) and messages.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::function;
use crate::ops::number::{big_of, num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    let m = "math";
    function(vm, ns, m, "factorial", factorial);
    function(vm, ns, m, "gcd", gcd);
    function(vm, ns, m, "lcm", lcm);
    function(vm, ns, m, "isqrt", isqrt);
    function(vm, ns, m, "comb", comb);
    function(vm, ns, m, "perm", perm);
}

/// `operator.index(v)` as a big int.
fn index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match num_of(v) {
        Some(Num::Int(_) | Num::Big(_)) => Ok(big_of(v).unwrap_or_default()),
        _ => vm.index_arg(v).map(BigInt::from),
    }
}

/// The product of the integers in `lo..=hi` by halves, so the big multiplications stay
/// balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::from(lo);
        for i in lo + 1..=hi {
            r *= i;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "factorial", 1, 1)?;
    let n = index(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_i64().ok_or_else(|| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(vm.new_bigint(range_product(1, n.max(1) as u64)))
}

fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in args.fixed(vm, "gcd", 0, usize::MAX)? {
        g = g.gcd(&index(vm, v)?);
    }
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in args.fixed(vm, "lcm", 0, usize::MAX)? {
        let x = index(vm, v)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(vm.new_bigint(l))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "isqrt", 1, 1)?;
    let n = index(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// `n` and `k` of `comb`/`perm`, checked non-negative; `None` for k when absent.
fn n_k(vm: &Vm, args: &Args, name: &str) -> PyResult<(BigInt, Option<BigInt>)> {
    let a = args.fixed(vm, name, if name == "perm" { 1 } else { 2 }, 2)?;
    let n = index(vm, &a[0])?;
    let k = a
        .get(1)
        .filter(|v| !v.is_none())
        .map(|v| index(vm, v))
        .transpose()?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.as_ref().is_some_and(|k| k.is_negative()) {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for big `n`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut x = n.clone();
    for _ in 0..k {
        r *= &x;
        x -= 1;
    }
    r
}

fn too_large(vm: &Vm, what: &str) -> crate::vm::PyErr {
    vm.overflow_error(format!("{what} must not exceed 9223372036854775807"))
}

fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    let (n, k) = n_k(vm, &args, "comb")?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().ok_or_else(|| too_large(vm, "min(n - k, k)"))?;
    Ok(vm.new_bigint(falling(&n, k) / range_product(1, k.max(1))))
}

fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    let (n, k) = n_k(vm, &args, "perm")?;
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().ok_or_else(|| too_large(vm, "k"))?;
    Ok(vm.new_bigint(falling(&n, k)))
}
