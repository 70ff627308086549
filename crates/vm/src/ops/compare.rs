//! Rich comparison: `COMPARE_OP`'s six operators with CPython's dispatch (the reflected
//! method of a right-hand subclass first, `==`/`!=` falling back to identity), the built-in
//! orderings of numbers, strings, bytes, sequences and sets, and the `==` used by
//! containers (identity first, as CPython's `PyObject_RichCompareBool`).

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::range::bounds;
use crate::object::Payload;
use crate::ops::number::{num_of, user_method, Num};
use crate::types::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn from_oparg(a: usize) -> Option<CompareOp> {
        Some(match a {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    pub fn method(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn test(self, ord: Ordering) -> bool {
        match self {
            CompareOp::Lt => ord == Ordering::Less,
            CompareOp::Le => ord != Ordering::Greater,
            CompareOp::Eq => ord == Ordering::Equal,
            CompareOp::Ne => ord != Ordering::Equal,
            CompareOp::Gt => ord == Ordering::Greater,
            CompareOp::Ge => ord != Ordering::Less,
        }
    }
}

/// `COMPARE_OP oparg` on two inline numbers, as the evaluation loop's fast path: `None`
/// when the general comparison is needed. An int meets a float only when it converts
/// exactly (|i| <= 2**53); a NaN is unordered, so only `!=` holds.
#[inline]
pub fn fast_compare(oparg: usize, lhs: &Value, rhs: &Value) -> Option<bool> {
    let op = CompareOp::from_oparg(oparg)?;
    const EXACT: u64 = 1 << 53;
    let ord = match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        (Value::Int(a), Value::Float(b)) if a.unsigned_abs() <= EXACT => (*a as f64).partial_cmp(b),
        (Value::Float(a), Value::Int(b)) if b.unsigned_abs() <= EXACT => {
            a.partial_cmp(&(*b as f64))
        }
        _ => return None,
    };
    Some(match ord {
        Some(o) => op.test(o),
        None => op == CompareOp::Ne,
    })
}

impl Vm {
    /// `lhs <op> rhs`, the result of the comparison methods (not necessarily a bool).
    pub fn rich_compare(&self, lhs: &Value, rhs: &Value, op: CompareOp) -> PyResult<Value> {
        if let (Value::Int(a), Value::Int(b)) = (lhs, rhs) {
            return Ok(Value::Bool(op.test(a.cmp(b))));
        }
        self.nested(" in comparison", || self.rich_compare_slow(lhs, rhs, op))
    }

    fn rich_compare_slow(&self, lhs: &Value, rhs: &Value, op: CompareOp) -> PyResult<Value> {
        let lt = self.type_of(lhs).clone();
        let rt = self.type_of(rhs).clone();
        let same = Rc::ptr_eq(&lt, &rt);
        let swapped = op.swapped();
        // The reflected method is tried even between instances of one class (`a > b`
        // falls back to `b.__lt__(a)`), as CPython's `do_richcompare` does.
        let right_user = user_method(self, &rt, swapped.method());
        let mut right_done = false;
        if let Some(r) = &right_user {
            if !same && is_subtype(&rt, &lt) {
                right_done = true;
                let v = self.call_method_value(r, rhs, std::slice::from_ref(lhs))?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
            }
        }
        match user_method(self, &lt, op.method()) {
            Some(l) => {
                let v = self.call_method_value(&l, lhs, std::slice::from_ref(rhs))?;
                if !self.is_not_implemented(&v) {
                    return Ok(v);
                }
            }
            None => {
                if op == CompareOp::Ne {
                    // `object.__ne__` inverts a user `__eq__`.
                    if let Some(eq) = user_method(self, &lt, "__eq__") {
                        let v = self.call_method_value(&eq, lhs, std::slice::from_ref(rhs))?;
                        if !self.is_not_implemented(&v) {
                            return Ok(Value::Bool(!self.truthy(&v)?));
                        }
                    }
                }
                if let Some(b) = self.native_compare(lhs, rhs, op)? {
                    return Ok(Value::Bool(b));
                }
            }
        }
        if !right_done {
            match &right_user {
                Some(r) => {
                    let v = self.call_method_value(r, rhs, std::slice::from_ref(lhs))?;
                    if !self.is_not_implemented(&v) {
                        return Ok(v);
                    }
                }
                None => {
                    if swapped == CompareOp::Ne && !same {
                        if let Some(eq) = user_method(self, &rt, "__eq__") {
                            let v = self.call_method_value(&eq, rhs, std::slice::from_ref(lhs))?;
                            if !self.is_not_implemented(&v) {
                                return Ok(Value::Bool(!self.truthy(&v)?));
                            }
                        }
                    }
                    if !same {
                        if let Some(b) = self.native_compare(rhs, lhs, swapped)? {
                            return Ok(Value::Bool(b));
                        }
                    }
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(lhs.is(rhs))),
            CompareOp::Ne => Ok(Value::Bool(!lhs.is(rhs))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(lhs),
                self.type_name(rhs)
            ))),
        }
    }

    /// `bool(lhs <op> rhs)`.
    pub fn compare_bool(&self, lhs: &Value, rhs: &Value, op: CompareOp) -> PyResult<bool> {
        let r = self.rich_compare(lhs, rhs, op)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `lhs == rhs` as containers test it: identical objects are equal.
    pub fn eq(&self, lhs: &Value, rhs: &Value) -> PyResult<bool> {
        if lhs.is(rhs) {
            return Ok(true);
        }
        if let Some(b) = fast_eq(lhs, rhs) {
            return Ok(b);
        }
        self.compare_bool(lhs, rhs, CompareOp::Eq)
    }

    /// The built-in types' comparisons; `None` is NotImplemented.
    pub fn native_compare(
        &self,
        lhs: &Value,
        rhs: &Value,
        op: CompareOp,
    ) -> PyResult<Option<bool>> {
        if let (Some(a), Some(b)) = (num_of(lhs), num_of(rhs)) {
            return Ok(compare_numbers(a, b, op));
        }
        let (Some(lo), Some(ro)) = (lhs.as_obj(), rhs.as_obj()) else {
            return Ok(match (lhs, rhs, op) {
                (Value::None, Value::None, CompareOp::Eq) => Some(true),
                (Value::None, Value::None, CompareOp::Ne) => Some(false),
                _ => None,
            });
        };
        Ok(match (&lo.payload, &ro.payload) {
            (Payload::Str(a), Payload::Str(b)) => Some(op.test(a.as_str().cmp(b.as_str()))),
            (Payload::GenericAlias { .. } | Payload::Union(_), _)
                if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
            {
                crate::builtins::generic_alias::equal(self, lo, ro)?
                    .map(|eq| eq == (op == CompareOp::Eq))
            }
            (
                Payload::Bytes(_) | Payload::ByteArray(_),
                Payload::Bytes(_) | Payload::ByteArray(_),
            ) => {
                let (a, b) = (
                    self.bytes_like(lhs).unwrap_or_default(),
                    self.bytes_like(rhs).unwrap_or_default(),
                );
                Some(op.test(a.cmp(&b)))
            }
            (Payload::Tuple(a), Payload::Tuple(b)) => Some(self.compare_seq(a, b, op)?),
            (Payload::List(a), Payload::List(b)) => {
                let (a, b) = (a.borrow().clone(), b.borrow().clone());
                Some(self.compare_seq(&a, &b, op)?)
            }
            (Payload::Dict(_), Payload::Dict(_)) => match op {
                CompareOp::Eq | CompareOp::Ne => {
                    Some(crate::builtins::dicts::dict_eq(self, lo, ro)? == (op == CompareOp::Eq))
                }
                _ => None,
            },
            (Payload::DictView { .. }, _) | (_, Payload::DictView { .. })
                if matches!(op, CompareOp::Eq | CompareOp::Ne)
                    && (crate::builtins::dict_views::is_set_view(lhs)
                        || crate::builtins::dict_views::is_set_view(rhs)) =>
            {
                let (view, other) = if crate::builtins::dict_views::is_set_view(lhs) {
                    (lo, rhs)
                } else {
                    (ro, lhs)
                };
                crate::builtins::dict_views::equal(self, view, other)?
                    .map(|eq| eq == (op == CompareOp::Eq))
            }
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                Some(crate::builtins::sets::compare(self, lo, ro, op)?)
            }
            (
                Payload::Range(_) | Payload::BigRange(_),
                Payload::Range(_) | Payload::BigRange(_),
            ) => match (op, bounds(&lo.payload), bounds(&ro.payload)) {
                (CompareOp::Eq | CompareOp::Ne, Some(a), Some(b)) => {
                    Some(crate::builtins::range::equal(&a, &b) == (op == CompareOp::Eq))
                }
                _ => None,
            },
            (Payload::Slice(a), Payload::Slice(b)) => {
                Some(self.compare_seq(&a.to_vec(), &b.to_vec(), op)?)
            }
            (
                Payload::Method {
                    func: f1,
                    self_: s1,
                },
                Payload::Method {
                    func: f2,
                    self_: s2,
                },
            ) => match op {
                CompareOp::Eq | CompareOp::Ne => {
                    Some((f1.is(f2) && s1.is(s2)) == (op == CompareOp::Eq))
                }
                _ => None,
            },
            _ => match op {
                CompareOp::Eq => {
                    if lhs.is(rhs) {
                        Some(true)
                    } else {
                        None
                    }
                }
                CompareOp::Ne => {
                    if lhs.is(rhs) {
                        Some(false)
                    } else {
                        None
                    }
                }
                _ => None,
            },
        })
    }

    /// Lexicographic comparison of two sequences, items compared with `==` first.
    pub fn compare_seq(&self, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<bool> {
        let n = a.len().min(b.len());
        for i in 0..n {
            if !self.eq(&a[i], &b[i])? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => self.compare_bool(&a[i], &b[i], op),
                };
            }
        }
        Ok(op.test(a.len().cmp(&b.len())))
    }
}

/// `==` of values whose answer needs no Python code, `None` otherwise.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t))
                if Rc::ptr_eq(x.class(), y.class()) && x.dict.is_none() && y.dict.is_none() =>
            {
                Some(s.as_str() == t.as_str())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Compares two numbers exactly (an int and a float compare by value, not by conversion).
pub fn compare_numbers(a: Num, b: Num, op: CompareOp) -> Option<bool> {
    let ord = match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        (Num::Float(x), Num::Float(y)) => return Some(float_test(x, y, op)),
        (Num::Complex(ar, ai), _) | (_, Num::Complex(ar, ai)) => {
            let other = if matches!(a, Num::Complex(..)) { b } else { a };
            let (br, bi) = match other {
                Num::Complex(r, i) => (r, i),
                Num::Float(f) => (f, 0.0),
                Num::Int(i) => (i as f64, 0.0),
                Num::Big(b) => (b.to_f64().unwrap_or(f64::INFINITY), 0.0),
            };
            return match op {
                CompareOp::Eq => Some(ar == br && ai == bi),
                CompareOp::Ne => Some(ar != br || ai != bi),
                _ => None,
            };
        }
        (Num::Float(x), other) => {
            if x.is_nan() {
                return Some(op == CompareOp::Ne);
            }
            float_int_cmp(x, &big(other))
        }
        (other, Num::Float(y)) => {
            if y.is_nan() {
                return Some(op == CompareOp::Ne);
            }
            float_int_cmp(y, &big(other)).reverse()
        }
        (x, y) => big(x).cmp(&big(y)),
    };
    Some(op.test(ord))
}

fn big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        _ => BigInt::from(0),
    }
}

fn float_test(x: f64, y: f64, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

/// Orders a (non-NaN) float against an int exactly.
fn float_int_cmp(x: f64, i: &BigInt) -> Ordering {
    if x.is_infinite() {
        return if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        };
    }
    let fl = x.floor();
    let fi = BigInt::from(fl as i128);
    let fi = if fl.abs() < 1e38 {
        fi
    } else {
        // Beyond i128: floats this large are integers; build from the bits.
        num_bigint::BigInt::parse_bytes(format!("{fl:.0}").as_bytes(), 10).unwrap_or(fi)
    };
    match fi.cmp(i) {
        Ordering::Equal => {
            if x > fl {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}
