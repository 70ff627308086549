//! `range` objects: construction, and the methods beyond iteration (`index`, `count`,
//! `__reversed__`).
//!
//! A range whose bounds and length fit in `i64` is a `Payload::Range` (the fast, common
//! case); any other is a `Payload::BigRange` of big integers, which supports what CPython's
//! does: indexing, slicing, membership, equality, `repr`, `hash`, and iteration (by index).
//! Its `len()` raises `OverflowError` when the length does not fit, as CPython's does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::argparse::{no_args, one_arg};
use crate::builtins::{method, rest, self_arg};
use crate::object::{Payload, PyObject, Range};
use crate::ops::number::{big_of, num_of, Num};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A range with bounds beyond `i64`.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    /// The number of elements (CPython's `compute_range_length`).
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u8) / step + 1u8
    }

    /// Element `i` (already known to be in range).
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

/// `range(start, stop, step)` for bounds that fit in `i64`.
pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    make_range(
        vm,
        BigInt::from(start),
        BigInt::from(stop),
        BigInt::from(step),
    )
}

/// A range object: the small form when the bounds and the length fit in `i64`.
pub fn make_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let big = BigRange { start, stop, step };
    let small = match (big.start.to_i64(), big.stop.to_i64(), big.step.to_i64()) {
        (Some(start), Some(stop), Some(step)) if big.len().to_i64().is_some() => {
            Some(Range { start, stop, step })
        }
        _ => None,
    };
    let payload = match small {
        Some(r) => Payload::Range(Box::new(r)),
        None => Payload::BigRange(Box::new(big)),
    };
    Value::Obj(PyObject::new(vm.types().range.clone(), payload))
}

/// The bounds of a range object as big integers.
pub fn bounds(p: &Payload) -> Option<BigRange> {
    match p {
        Payload::Range(r) => Some(BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        }),
        Payload::BigRange(b) => Some(BigRange {
            start: b.start.clone(),
            stop: b.stop.clone(),
            step: b.step.clone(),
        }),
        _ => None,
    }
}

pub fn register(vm: &Vm) {
    let t = &vm.types().range;
    method(vm, t, "index", index);
    method(vm, t, "count", count);
    method(vm, t, "__reversed__", reversed);
}

/// `operator.index(v)` as a big integer.
fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = big_of(v) {
        return Ok(b);
    }
    match vm.index_opt(v)? {
        Some(i) => Ok(BigInt::from(i)),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rest(&args);
    if r.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = r.pos();
    let (start, stop, step) = match a {
        [stop] => (BigInt::zero(), index_big(vm, stop)?, BigInt::from(1)),
        [start, stop] => (index_big(vm, start)?, index_big(vm, stop)?, BigInt::from(1)),
        [start, stop, step] => (
            index_big(vm, start)?,
            index_big(vm, stop)?,
            index_big(vm, step)?,
        ),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "range expected at most 3 arguments, got {}",
                a.len()
            )))
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make_range(vm, start, stop, step))
}

/// The position of `v` in the range, if it is an int the range contains.
pub fn position(r: &BigRange, v: &Value) -> Option<BigInt> {
    let n = match num_of(v)? {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        _ => return None,
    };
    let inside = if r.step.is_positive() {
        r.start <= n && n < r.stop
    } else {
        r.stop < n && n <= r.start
    };
    if !inside {
        return None;
    }
    let (q, rem) = (&n - &r.start).div_rem(&r.step);
    rem.is_zero().then_some(q)
}

/// `x in range`: integers by arithmetic, anything else by equality with each element.
pub fn contains(vm: &Vm, this: &Value, r: &BigRange, item: &Value) -> PyResult<bool> {
    if matches!(num_of(item), Some(Num::Int(_) | Num::Big(_))) {
        return Ok(position(r, item).is_some());
    }
    let it = vm.iter(this)?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `r[i]` for a big index or a big range.
pub fn item(vm: &Vm, r: &BigRange, i: &BigInt) -> PyResult<Value> {
    let len = r.len();
    let i = if i.is_negative() { i + &len } else { i.clone() };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_bigint(r.item(&i)))
}

/// A slice resolved against a length that may not fit in `i64` (CPython's
/// `_PySlice_GetLongIndices`): `(start, stop, step)`.
pub fn slice_big(vm: &Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let get = |v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(b) = big_of(v) {
            return Ok(Some(b));
        }
        match vm.index_opt(v)? {
            Some(i) => Ok(Some(BigInt::from(i))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(&s[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(i) if i.is_negative() => (i + len).max(lower.clone()),
            Some(i) => i.min(upper.clone()),
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = adjust(get(&s[0])?, start_default);
    let stop = adjust(get(&s[1])?, stop_default);
    Ok((start, stop, step))
}

/// `len(r)` for a range whose length may not fit.
pub fn length(vm: &Vm, r: &BigRange) -> PyResult<usize> {
    r.len()
        .to_i64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `repr(range)`.
pub fn repr(r: &BigRange) -> String {
    if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// The tuple CPython hashes for a range: `(len, start, step)` with `None` for what does not
/// matter (`start` of an empty range, `step` of a one-element one).
pub fn hash_key(vm: &Vm, r: &BigRange) -> Value {
    let len = r.len();
    let t = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len == BigInt::from(1) {
        vec![Value::Int(1), vm.new_bigint(r.start.clone()), Value::None]
    } else {
        vec![
            vm.new_bigint(len),
            vm.new_bigint(r.start.clone()),
            vm.new_bigint(r.step.clone()),
        ]
    };
    vm.new_tuple(t)
}

/// Range equality: the same sequence of values.
pub fn equal(a: &BigRange, b: &BigRange) -> bool {
    let (la, lb) = (a.len(), b.len());
    la == lb
        && (la.is_zero() || (a.start == b.start && (la == BigInt::from(1) || a.step == b.step)))
}

fn this_range(vm: &Vm, args: &Args, name: &str) -> PyResult<(Value, BigRange)> {
    let this = self_arg(vm, args, name)?;
    match this.as_obj().and_then(|o| bounds(&o.payload)) {
        Some(r) => Ok((this.clone(), r)),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        ))),
    }
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, r) = this_range(vm, &args, "index")?;
    let v = one_arg(vm, &rest(&args), "range.index")?;
    if matches!(num_of(v), Some(Num::Int(_) | Num::Big(_))) {
        if let Some(i) = position(&r, v) {
            return Ok(vm.new_bigint(i));
        }
        return Err(vm.value_error(format!("{} is not in range", vm.repr(v)?)));
    }
    // Not an int: search by equality, as `sequence.index` does.
    let it = vm.iter(&this)?;
    let mut i = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, v)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, r) = this_range(vm, &args, "count")?;
    let v = one_arg(vm, &rest(&args), "range.count")?;
    if matches!(num_of(v), Some(Num::Int(_) | Num::Big(_))) {
        return Ok(Value::Int(position(&r, v).is_some() as i64));
    }
    let it = vm.iter(&this)?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if vm.eq(&x, v)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `reversed(range)`: an iterator over the range with its direction flipped.
fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, r) = this_range(vm, &args, "__reversed__")?;
    no_args(vm, &rest(&args), "range.__reversed__")?;
    let len = r.len();
    let last = &r.start + (&len - 1u8) * &r.step;
    let flipped = if len.is_zero() {
        make_range(vm, BigInt::zero(), BigInt::zero(), BigInt::from(1))
    } else {
        make_range(vm, last, &r.start - &r.step, -&r.step)
    };
    vm.iter(&flipped)
}
