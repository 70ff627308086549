//! Binary and unary operators: the fast paths for inline ints and floats, CPython's
//! `binary_op1` dispatch order (a subclass's reflected method first, then the left operand,
//! then the right), the built-in number arithmetic with CPython's error messages, and the
//! sequence forms of `+` and `*`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::types::typeobj::{self, data, is_subtype};
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The thirteen arithmetic operators of `BINARY_OP`, in its oparg order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Rem,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

const NUM_OPS: [NumOp; 13] = [
    NumOp::Add,
    NumOp::And,
    NumOp::FloorDiv,
    NumOp::LShift,
    NumOp::MatMul,
    NumOp::Mul,
    NumOp::Rem,
    NumOp::Or,
    NumOp::Pow,
    NumOp::RShift,
    NumOp::Sub,
    NumOp::TrueDiv,
    NumOp::Xor,
];

impl NumOp {
    /// `(symbol, method, reflected method, in-place method)`.
    pub fn names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            NumOp::Add => ("+", "__add__", "__radd__", "__iadd__"),
            NumOp::And => ("&", "__and__", "__rand__", "__iand__"),
            NumOp::FloorDiv => ("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            NumOp::LShift => ("<<", "__lshift__", "__rlshift__", "__ilshift__"),
            NumOp::MatMul => ("@", "__matmul__", "__rmatmul__", "__imatmul__"),
            NumOp::Mul => ("*", "__mul__", "__rmul__", "__imul__"),
            NumOp::Rem => ("%", "__mod__", "__rmod__", "__imod__"),
            NumOp::Or => ("|", "__or__", "__ror__", "__ior__"),
            NumOp::Pow => ("**", "__pow__", "__rpow__", "__ipow__"),
            NumOp::RShift => (">>", "__rshift__", "__rrshift__", "__irshift__"),
            NumOp::Sub => ("-", "__sub__", "__rsub__", "__isub__"),
            NumOp::TrueDiv => ("/", "__truediv__", "__rtruediv__", "__itruediv__"),
            NumOp::Xor => ("^", "__xor__", "__rxor__", "__ixor__"),
        }
    }

    /// The operator a dunder name stands for (`"__add__"` and `"__radd__"` give `Add`).
    pub fn from_method(name: &str) -> Option<(NumOp, bool)> {
        NUM_OPS.iter().find_map(|op| {
            let (_, m, r, _) = op.names();
            if m == name {
                Some((*op, false))
            } else if r == name {
                Some((*op, true))
            } else {
                None
            }
        })
    }
}

/// A `BINARY_OP` operator: the arithmetic and whether it is the augmented (`+=`) form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BinOp {
    pub op: NumOp,
    pub inplace: bool,
}

impl BinOp {
    pub fn from_oparg(a: usize) -> Option<BinOp> {
        let op = *NUM_OPS.get(a % 13)?;
        (a < 26).then_some(BinOp {
            op,
            inplace: a >= 13,
        })
    }

    pub fn plain(op: NumOp) -> BinOp {
        BinOp { op, inplace: false }
    }
}

/// A number as the built-in arithmetic sees it (`bool` is an int; subclass instances give
/// their value).
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Num<'_> {
    fn to_big(self) -> BigInt {
        match self {
            Num::Int(i) => BigInt::from(i),
            Num::Big(b) => b.clone(),
            _ => BigInt::zero(),
        }
    }

    fn is_int(self) -> bool {
        matches!(self, Num::Int(_) | Num::Big(_))
    }
}

/// The numeric value of `v`, if it is an int, bool, float or complex (or a subclass).
pub fn num_of(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::None => None,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::Int(i),
                None => Num::Big(b),
            }),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
    }
}

/// An int as a `BigInt` (for the slow paths), `None` if `v` is not an int.
pub fn big_of(v: &Value) -> Option<BigInt> {
    match num_of(v)? {
        n @ (Num::Int(_) | Num::Big(_)) => Some(n.to_big()),
        _ => None,
    }
}

impl Vm {
    /// `lhs <op> rhs` (and `lhs <op>= rhs` for the in-place forms).
    pub fn binary_op(&self, lhs: &Value, rhs: &Value, op: BinOp) -> PyResult<Value> {
        // The common case: two inline ints or floats.
        if let (Value::Int(a), Value::Int(b)) = (lhs, rhs) {
            if let Some(v) = small_int_op(op.op, *a, *b) {
                return Ok(v);
            }
        }
        if let (Value::Float(a), Value::Float(b)) = (lhs, rhs) {
            if let Some(v) = float_fast(op.op, *a, *b) {
                return Ok(v);
            }
        }
        if op.inplace {
            if let Some(v) = self.inplace_op(lhs, rhs, op.op)? {
                return Ok(v);
            }
        }
        match self.binary_dispatch(lhs, rhs, op.op)? {
            Some(v) => Ok(v),
            None => Err(self.binop_type_error(lhs, rhs, op)),
        }
    }

    /// `lhs <op> rhs` without the in-place form; `None` when both sides say NotImplemented.
    pub fn binary_dispatch(&self, lhs: &Value, rhs: &Value, op: NumOp) -> PyResult<Option<Value>> {
        let (_, name, rname, _) = op.names();
        let lt = self.type_of(lhs).clone();
        let rt = self.type_of(rhs).clone();
        let same = std::rc::Rc::ptr_eq(&lt, &rt);
        let left_user = user_method(self, &lt, name);
        let right_user = if same {
            None
        } else {
            user_method(self, &rt, rname)
        };
        let mut right_done = false;
        if let Some(r) = &right_user {
            if is_subtype(&rt, &lt) && !same {
                right_done = true;
                let v = self.call_method_value(r, rhs, std::slice::from_ref(lhs))?;
                if !self.is_not_implemented(&v) {
                    return Ok(Some(v));
                }
            }
        }
        match &left_user {
            Some(l) => {
                let v = self.call_method_value(l, lhs, std::slice::from_ref(rhs))?;
                if !self.is_not_implemented(&v) {
                    return Ok(Some(v));
                }
            }
            None => {
                if let Some(v) = self.native_binary(lhs, rhs, op)? {
                    return Ok(Some(v));
                }
            }
        }
        if !right_done {
            if let Some(r) = &right_user {
                let v = self.call_method_value(r, rhs, std::slice::from_ref(lhs))?;
                if !self.is_not_implemented(&v) {
                    return Ok(Some(v));
                }
            } else if left_user.is_some() && !same {
                if let Some(v) = self.native_binary(lhs, rhs, op)? {
                    return Ok(Some(v));
                }
            }
        }
        Ok(None)
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if std::rc::Rc::ptr_eq(o, &self.interp.not_implemented))
    }

    /// `__iadd__` and kin: a user method, or the built-in mutable containers' in-place forms.
    fn inplace_op(&self, lhs: &Value, rhs: &Value, op: NumOp) -> PyResult<Option<Value>> {
        let (_, _, _, iname) = op.names();
        let lt = self.type_of(lhs).clone();
        if let Some(m) = user_method(self, &lt, iname) {
            let v = self.call_method_value(&m, lhs, std::slice::from_ref(rhs))?;
            if !self.is_not_implemented(&v) {
                return Ok(Some(v));
            }
            return Ok(None);
        }
        let Value::Obj(o) = lhs else { return Ok(None) };
        match (&o.payload, op) {
            (Payload::List(_), NumOp::Add) => {
                let items = self.collect(rhs)?;
                if let Payload::List(l) = &o.payload {
                    l.borrow_mut().extend(items);
                }
                Ok(Some(lhs.clone()))
            }
            (Payload::List(l), NumOp::Mul) => {
                let Some(n) = self.repeat_count(rhs)? else {
                    return Ok(None);
                };
                let mut l = l.borrow_mut();
                let items = l.clone();
                l.clear();
                for _ in 0..n {
                    l.extend(items.iter().cloned());
                }
                Ok(Some(lhs.clone()))
            }
            (Payload::Set(_), NumOp::Or | NumOp::And | NumOp::Sub | NumOp::Xor)
                if self.is_set_like(rhs) =>
            {
                crate::builtins::sets::inplace(self, o, rhs, op)?;
                Ok(Some(lhs.clone()))
            }
            (Payload::Dict(_), NumOp::Or) => {
                crate::builtins::dicts::update_from(self, o, rhs)?;
                Ok(Some(lhs.clone()))
            }
            (Payload::ByteArray(b), NumOp::Add) => {
                let Some(extra) = self.bytes_like(rhs) else {
                    return Ok(None);
                };
                b.borrow_mut().extend_from_slice(&extra);
                Ok(Some(lhs.clone()))
            }
            (Payload::ByteArray(b), NumOp::Mul) => {
                let Some(n) = self.repeat_count(rhs)? else {
                    return Ok(None);
                };
                let repeated = b.borrow().repeat(n);
                *b.borrow_mut() = repeated;
                Ok(Some(lhs.clone()))
            }
            _ => Ok(None),
        }
    }

    /// The built-in types' own `+`, `*`, ... (CPython's `nb_*` and `sq_*` slots).
    pub fn native_binary(&self, lhs: &Value, rhs: &Value, op: NumOp) -> PyResult<Option<Value>> {
        if let (Some(a), Some(b)) = (num_of(lhs), num_of(rhs)) {
            if !op_supported(op, a, b) {
                return Ok(None);
            }
            return self.number_op(op, a, b).map(Some);
        }
        if let Some(v) = crate::builtins::dict_views::binary(self, lhs, rhs, op)? {
            return Ok(Some(v));
        }
        if op == NumOp::Or {
            // `int | str`, `list[int] | None`: `type.__or__` and `__ror__`.
            if let Some(u) = crate::builtins::generic_alias::union_or(self, lhs, rhs)? {
                return Ok(Some(u));
            }
        }
        let (Some(lo), ro) = (lhs.as_obj(), rhs.as_obj()) else {
            // An int times a sequence.
            if op == NumOp::Mul && num_of(lhs).is_some_and(|n| n.is_int()) {
                return self.native_binary(rhs, lhs, op).map(|r| r.filter(|_| true));
            }
            return Ok(None);
        };
        match (&lo.payload, op) {
            (Payload::Str(a), NumOp::Add) => match ro.and_then(|r| r.as_str()) {
                Some(b) => {
                    let mut s = String::with_capacity(a.as_str().len() + b.as_str().len());
                    s.push_str(a.as_str());
                    s.push_str(b.as_str());
                    Ok(Some(self.new_str(s)))
                }
                None => Ok(None),
            },
            (Payload::Str(a), NumOp::Mul) => Ok(self
                .repeat_count(rhs)?
                .map(|n| self.new_str(a.as_str().repeat(n)))),
            (Payload::Str(_), NumOp::Rem) => {
                crate::ops::format::percent_format(self, lhs, rhs).map(Some)
            }
            (Payload::Bytes(_) | Payload::ByteArray(_), NumOp::Rem) => {
                crate::ops::format::percent_format_bytes(self, lhs, rhs).map(Some)
            }
            (Payload::List(a), NumOp::Add) => match ro.map(|r| &r.payload) {
                Some(Payload::List(b)) => {
                    let mut items = a.borrow().clone();
                    items.extend(b.borrow().iter().cloned());
                    Ok(Some(self.new_list(items)))
                }
                _ => Ok(None),
            },
            (Payload::List(a), NumOp::Mul) => Ok(self.repeat_count(rhs)?.map(|n| {
                let items = a.borrow();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                self.new_list(out)
            })),
            (Payload::Tuple(a), NumOp::Add) => match ro.and_then(|r| r.as_tuple()) {
                Some(b) => {
                    let mut items = a.to_vec();
                    items.extend(b.iter().cloned());
                    Ok(Some(self.new_tuple(items)))
                }
                None => Ok(None),
            },
            (Payload::Tuple(a), NumOp::Mul) => Ok(self.repeat_count(rhs)?.map(|n| {
                let mut out = Vec::with_capacity(a.len() * n);
                for _ in 0..n {
                    out.extend(a.iter().cloned());
                }
                self.new_tuple(out)
            })),
            (Payload::Bytes(a), NumOp::Add) => match self.bytes_like(rhs) {
                Some(b) => {
                    let mut v = a.to_vec();
                    v.extend_from_slice(&b);
                    Ok(Some(self.new_bytes(v)))
                }
                None => Ok(None),
            },
            (Payload::ByteArray(a), NumOp::Add) => match self.bytes_like(rhs) {
                Some(b) => {
                    let mut v = a.borrow().clone();
                    v.extend_from_slice(&b);
                    Ok(Some(crate::builtins::bytes::new_bytearray(self, v)))
                }
                None => Ok(None),
            },
            (Payload::Bytes(a), NumOp::Mul) => {
                Ok(self.repeat_count(rhs)?.map(|n| self.new_bytes(a.repeat(n))))
            }
            (Payload::ByteArray(a), NumOp::Mul) => Ok(self
                .repeat_count(rhs)?
                .map(|n| crate::builtins::bytes::new_bytearray(self, a.borrow().repeat(n)))),
            (
                Payload::Set(_) | Payload::FrozenSet(_),
                NumOp::Or | NumOp::And | NumOp::Sub | NumOp::Xor,
            ) => {
                if !self.is_set_like(rhs) {
                    return Ok(None);
                }
                crate::builtins::sets::binary(self, lo, rhs, op).map(Some)
            }
            (Payload::Dict(_), NumOp::Or) => match ro.map(|r| &r.payload) {
                Some(Payload::Dict(_)) => {
                    let d = crate::builtins::dicts::copy(self, lo)?;
                    crate::builtins::dicts::update_from(self, &d, rhs)?;
                    Ok(Some(Value::Obj(d)))
                }
                _ => Ok(None),
            },
            _ => {
                // `3 * [1]`: the sequence's repeat with the int on the left.
                if op == NumOp::Mul && num_of(lhs).is_none() {
                    return Ok(None);
                }
                if op == NumOp::Mul
                    && matches!(
                        ro.map(|r| &r.payload),
                        Some(
                            Payload::Str(_)
                                | Payload::List(_)
                                | Payload::Tuple(_)
                                | Payload::Bytes(_)
                        )
                    )
                {
                    return self.native_binary(rhs, lhs, op);
                }
                Ok(None)
            }
        }
    }

    /// `n` for `seq * n`: `None` (NotImplemented) unless `n` is an int; negative counts
    /// repeat zero times.
    fn repeat_count(&self, v: &Value) -> PyResult<Option<usize>> {
        match num_of(v) {
            Some(Num::Int(i)) => Ok(Some(i.max(0) as usize)),
            Some(Num::Big(b)) => {
                if b.is_negative() {
                    Ok(Some(0))
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
            _ => match self.index_opt(v)? {
                Some(i) => Ok(Some(i.max(0) as usize)),
                None => Ok(None),
            },
        }
    }

    pub fn is_set_like(&self, v: &Value) -> bool {
        matches!(
            v.as_obj().map(|o| &o.payload),
            Some(Payload::Set(_) | Payload::FrozenSet(_))
        )
    }

    /// The bytes of a `bytes` or `bytearray`.
    pub fn bytes_like(&self, v: &Value) -> Option<Vec<u8>> {
        match v.as_obj().map(|o| &o.payload) {
            Some(Payload::Bytes(b)) => Some(b.to_vec()),
            Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
            _ => None,
        }
    }

    /// The `TypeError` when neither operand supports the operator.
    fn binop_type_error(&self, lhs: &Value, rhs: &Value, op: BinOp) -> PyErr {
        let (sym, ..) = op.op.names();
        let lname = self.type_name(lhs);
        let rname = self.type_name(rhs);
        let seq = |v: &Value| {
            matches!(
                v.as_obj().map(|o| &o.payload),
                Some(
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                )
            )
        };
        let is_bytes = |v: &Value| {
            matches!(
                v.as_obj().map(|o| &o.payload),
                Some(Payload::Bytes(_) | Payload::ByteArray(_))
            )
        };
        if op.op == NumOp::Add
            && is_bytes(lhs)
            && user_method(self, self.type_of(rhs), "__radd__").is_none()
        {
            return self.type_error(format!("can't concat {rname} to {lname}"));
        }
        if op.op == NumOp::Add
            && seq(lhs)
            && user_method(self, self.type_of(rhs), "__radd__").is_none()
        {
            return self.type_error(format!(
                "can only concatenate {lname} (not \"{rname}\") to {lname}"
            ));
        }
        if op.op == NumOp::Mul && (seq(lhs) || seq(rhs)) {
            let other = if seq(lhs) { rname } else { lname };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        let sym = if op.inplace {
            format!("{sym}=")
        } else {
            sym.to_string()
        };
        if op.op == NumOp::Pow && !op.inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{lname}' and '{rname}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{lname}' and '{rname}'"
        ))
    }

    /// Unary `-`, `+`, `~` (`method` is the dunder, `what` the message's operator).
    pub fn unary_op(&self, v: &Value, method: &str, what: &str) -> PyResult<Value> {
        match (v, method) {
            (Value::Int(i), "__neg__") => {
                return Ok(i
                    .checked_neg()
                    .map_or_else(|| self.new_bigint(-BigInt::from(*i)), Value::Int))
            }
            (Value::Int(i), "__pos__") => return Ok(Value::Int(*i)),
            (Value::Int(i), "__invert__") => return Ok(Value::Int(!*i)),
            (Value::Float(f), "__neg__") => return Ok(Value::Float(-f)),
            (Value::Float(f), "__pos__") => return Ok(Value::Float(*f)),
            _ => {}
        }
        let cls = self.type_of(v).clone();
        if let Some(m) = user_method(self, &cls, method) {
            return self.call_method_value(&m, v, &[]);
        }
        let r = match (num_of(v), method) {
            (Some(Num::Int(i)), "__neg__") => Some(self.new_bigint(-BigInt::from(i))),
            (Some(Num::Int(i)), "__pos__") => Some(Value::Int(i)),
            (Some(Num::Int(i)), "__invert__") => Some(Value::Int(!i)),
            (Some(Num::Big(b)), "__neg__") => Some(self.new_bigint(-b.clone())),
            (Some(Num::Big(b)), "__pos__") => Some(self.new_bigint(b.clone())),
            (Some(Num::Big(b)), "__invert__") => Some(self.new_bigint(-b.clone() - 1)),
            (Some(Num::Float(f)), "__neg__") => Some(Value::Float(-f)),
            (Some(Num::Float(f)), "__pos__") => Some(Value::Float(f)),
            (Some(Num::Complex(r, i)), "__neg__") => Some(self.new_complex(-r, -i)),
            (Some(Num::Complex(r, i)), "__pos__") => Some(self.new_complex(r, i)),
            _ => None,
        };
        r.ok_or_else(|| {
            self.type_error(format!(
                "bad operand type for {what}: '{}'",
                self.type_name(v)
            ))
        })
    }

    pub fn new_complex(&self, real: f64, imag: f64) -> Value {
        Value::Obj(crate::object::PyObject::new(
            self.types().complex.clone(),
            Payload::Complex(real, imag),
        ))
    }

    /// Built-in arithmetic on two numbers.
    pub fn number_op(&self, op: NumOp, a: Num, b: Num) -> PyResult<Value> {
        match (a, b) {
            (Num::Int(x), Num::Int(y)) => {
                if let Some(v) = small_int_op(op, x, y) {
                    return Ok(v);
                }
                self.big_int_op(op, &BigInt::from(x), &BigInt::from(y))
            }
            (Num::Complex(..), _) | (_, Num::Complex(..)) => self.complex_op(op, a, b),
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                let x = self.num_to_f64(a)?;
                let y = self.num_to_f64(b)?;
                self.float_op(op, x, y)
            }
            _ => self.big_int_op(op, &a.to_big(), &b.to_big()),
        }
    }

    fn num_to_f64(&self, n: Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(i as f64),
            Num::Big(b) => big_to_f64(b)
                .ok_or_else(|| self.overflow_error("int too large to convert to float")),
            Num::Float(f) => Ok(f),
            Num::Complex(r, _) => Ok(r),
        }
    }

    fn big_int_op(&self, op: NumOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
        Ok(match op {
            NumOp::Add => self.new_bigint(a + b),
            NumOp::Sub => self.new_bigint(a - b),
            NumOp::Mul => self.new_bigint(a * b),
            NumOp::And => self.new_bigint(a & b),
            NumOp::Or => self.new_bigint(a | b),
            NumOp::Xor => self.new_bigint(a ^ b),
            NumOp::FloorDiv | NumOp::Rem => {
                if b.is_zero() {
                    return Err(self.zero_division(if op == NumOp::Rem {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    }));
                }
                let (q, r) = a.div_mod_floor(b);
                self.new_bigint(if op == NumOp::Rem { r } else { q })
            }
            NumOp::TrueDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                Value::Float(int_true_divide(self, a, b)?)
            }
            NumOp::LShift | NumOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = b.to_usize();
                if op == NumOp::RShift {
                    match n {
                        Some(n) => self.new_bigint(a >> n),
                        None => Value::Int(if a.is_negative() { -1 } else { 0 }),
                    }
                } else {
                    if a.is_zero() {
                        return Ok(Value::Int(0));
                    }
                    match n.filter(|n| *n < (1 << 32)) {
                        Some(n) => self.new_bigint(a << n),
                        None => return Err(self.overflow_error("too many digits in integer")),
                    }
                }
            }
            NumOp::Pow => {
                if b.is_negative() {
                    let x = big_to_f64(a)
                        .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
                    let y = big_to_f64(b).unwrap_or(f64::NEG_INFINITY);
                    return self.float_op(NumOp::Pow, x, y);
                }
                let e = b
                    .to_u32()
                    .ok_or_else(|| self.overflow_error("exponent too large"))?;
                self.new_bigint(num_traits::pow::Pow::pow(a, e))
            }
            NumOp::MatMul => {
                return Err(self.binop_type_error(
                    &self.new_bigint(a.clone()),
                    &self.new_bigint(b.clone()),
                    BinOp::plain(op),
                ))
            }
        })
    }

    /// Float arithmetic with CPython's results and errors.
    pub fn float_op(&self, op: NumOp, a: f64, b: f64) -> PyResult<Value> {
        if let Some(v) = float_fast(op, a, b) {
            return Ok(v);
        }
        Ok(Value::Float(match op {
            NumOp::TrueDiv => return Err(self.zero_division("float division by zero")),
            NumOp::FloorDiv => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            NumOp::Rem => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(a, b).1
            }
            NumOp::Pow => return self.float_pow(a, b),
            _ => {
                let (l, r) = (Value::Float(a), Value::Float(b));
                return Err(self.binop_type_error(&l, &r, BinOp::plain(op)));
            }
        }))
    }

    fn float_pow(&self, a: f64, b: f64) -> PyResult<Value> {
        if a == 0.0 && b < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
            // A negative base to a fractional power is complex in Python 3.
            return self.complex_op(NumOp::Pow, Num::Complex(a, 0.0), Num::Complex(b, 0.0));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error_args(34, "Numerical result out of range"));
        }
        Ok(Value::Float(r))
    }

    /// `OverflowError(errno, message)`, as math errors from C's libm are reported.
    pub fn overflow_error_args(&self, errno: i64, msg: &str) -> PyErr {
        PyErr(self.new_exception(
            &self.types().exc.overflow_error,
            vec![Value::Int(errno), self.new_str(msg)],
        ))
    }

    fn complex_op(&self, op: NumOp, a: Num, b: Num) -> PyResult<Value> {
        let parts = |n: Num| -> PyResult<(f64, f64)> {
            Ok(match n {
                Num::Complex(r, i) => (r, i),
                other => (self.num_to_f64(other)?, 0.0),
            })
        };
        let (ar, ai) = parts(a)?;
        let (br, bi) = parts(b)?;
        let (r, i) = match op {
            NumOp::Add => (ar + br, ai + bi),
            NumOp::Sub => (ar - br, ai - bi),
            NumOp::Mul => bytecode::complex::prod((ar, ai), (br, bi)),
            NumOp::TrueDiv => bytecode::complex::quot((ar, ai), (br, bi))
                .ok_or_else(|| self.zero_division("complex division by zero"))?,
            NumOp::Pow => match bytecode::complex::pow((ar, ai), (br, bi)) {
                Ok(r) => r,
                Err(bytecode::complex::PowError::ZeroToNegative) => {
                    return Err(self.zero_division("0.0 to a negative or complex power"))
                }
                Err(bytecode::complex::PowError::Overflow) => {
                    return Err(
                        self.new_error(&self.types().exc.overflow_error, "complex exponentiation")
                    )
                }
            },
            _ => {
                let msg = format!(
                    "unsupported operand type(s) for {}: 'complex' and 'complex'",
                    op.names().0
                );
                return Err(self.type_error(msg));
            }
        };
        Ok(self.new_complex(r, i))
    }

    /// `operator.index(v)` if `v` has `__index__`, else `None`.
    pub fn index_opt(&self, v: &Value) -> PyResult<Option<i64>> {
        match num_of(v) {
            Some(Num::Int(i)) => return Ok(Some(i)),
            Some(Num::Big(_)) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => {}
        }
        let cls = self.type_of(v).clone();
        match user_method(self, &cls, "__index__") {
            Some(m) => {
                let r = self.call_method_value(&m, v, &[])?;
                match num_of(&r) {
                    Some(Num::Int(i)) => Ok(Some(i)),
                    _ => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                }
            }
            None => Ok(None),
        }
    }
}

/// Whether the built-in numbers implement `op` for this pair: the bitwise operators need
/// two ints, and complex has no `//` or `%` (CPython's slots answer NotImplemented).
pub fn op_supported(op: NumOp, a: Num, b: Num) -> bool {
    match op {
        NumOp::And | NumOp::Or | NumOp::Xor | NumOp::LShift | NumOp::RShift => {
            a.is_int() && b.is_int()
        }
        NumOp::MatMul => false,
        NumOp::FloorDiv | NumOp::Rem => {
            !matches!(a, Num::Complex(..)) && !matches!(b, Num::Complex(..))
        }
        _ => true,
    }
}

/// A method defined in Python on a class (not a built-in type's own slot).
pub fn user_method(vm: &Vm, cls: &PyRef, name: &str) -> Option<Value> {
    if !data(cls).heap {
        return None;
    }
    vm.interp.method_cache.get_or(
        cls,
        name,
        crate::types::method_cache::Kind::UserOnly,
        || typeobj::mro_lookup(vm, cls, name, true),
    )
}

/// `BINARY_OP oparg` on two inline numbers, as the evaluation loop's fast path: `None`
/// when the operands or the result need the general dispatch. Mixed int/float operands
/// convert the int as `float.__add__` and friends do (an `i64` converts exactly as
/// CPython's correctly rounded `PyLong_AsDouble`).
#[inline]
pub fn fast_binary(oparg: usize, lhs: &Value, rhs: &Value) -> Option<Value> {
    if oparg >= 26 {
        return None;
    }
    let op = NUM_OPS[oparg % 13];
    match (lhs, rhs) {
        (Value::Int(a), Value::Int(b)) => small_int_op(op, *a, *b),
        (Value::Float(a), Value::Float(b)) => float_fast(op, *a, *b),
        (Value::Int(a), Value::Float(b)) => float_fast(op, *a as f64, *b),
        (Value::Float(a), Value::Int(b)) => float_fast(op, *a, *b as f64),
        _ => None,
    }
}

/// Int arithmetic that stays in `i64`; `None` when it overflows or needs the slow path.
#[inline]
fn small_int_op(op: NumOp, a: i64, b: i64) -> Option<Value> {
    Some(match op {
        NumOp::Add => Value::Int(a.checked_add(b)?),
        NumOp::Sub => Value::Int(a.checked_sub(b)?),
        NumOp::Mul => Value::Int(a.checked_mul(b)?),
        NumOp::And => Value::Int(a & b),
        NumOp::Or => Value::Int(a | b),
        NumOp::Xor => Value::Int(a ^ b),
        NumOp::FloorDiv => {
            if b == 0 {
                return None;
            }
            Value::Int(
                a.checked_div_euclid(b)
                    .map(|_| Integer::div_floor(&a, &b))?,
            )
        }
        NumOp::Rem => {
            if b == 0 || (a == i64::MIN && b == -1) {
                return None;
            }
            Value::Int(a.mod_floor(&b))
        }
        NumOp::TrueDiv => {
            if b == 0 || a.unsigned_abs() > 1 << 53 || b.unsigned_abs() > 1 << 53 {
                return None;
            }
            Value::Float(a as f64 / b as f64)
        }
        NumOp::LShift => {
            if !(0..64).contains(&b) {
                return None;
            }
            let r = a.checked_shl(b as u32)?;
            if r >> b != a {
                return None;
            }
            Value::Int(r)
        }
        NumOp::RShift => {
            if b < 0 {
                return None;
            }
            Value::Int(a >> b.min(63))
        }
        NumOp::Pow => {
            if b < 0 {
                return None;
            }
            Value::Int(a.checked_pow(u32::try_from(b).ok()?)?)
        }
        NumOp::MatMul => return None,
    })
}

/// Float arithmetic that cannot fail; `None` for the cases with errors or special rules.
#[inline]
fn float_fast(op: NumOp, a: f64, b: f64) -> Option<Value> {
    Some(Value::Float(match op {
        NumOp::Add => a + b,
        NumOp::Sub => a - b,
        NumOp::Mul => a * b,
        NumOp::TrueDiv if b != 0.0 => a / b,
        NumOp::FloorDiv if b != 0.0 => float_divmod(a, b).0,
        NumOp::Rem if b != 0.0 => float_divmod(a, b).1,
        _ => return None,
    }))
}

/// `divmod(a, b)` for floats as CPython's `float_divmod` computes it.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// A big int as the nearest float (round-half-even), `None` past the float range.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    f.is_finite().then_some(f)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
fn int_true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, divide exactly, then let the
    // conversion of the (sticky-bit adjusted) integer quotient round once.
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b.clone())
    } else {
        (a.clone(), b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let v = if exp < -1074 - 64 {
        0.0
    } else {
        let mut v = qf;
        let mut e = exp;
        while e > 0 {
            let step = e.min(1000);
            v *= 2f64.powi(step);
            e -= step;
        }
        while e < 0 {
            let step = (-e).min(1000);
            v /= 2f64.powi(step);
            e += step;
        }
        v
    };
    if v.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -v } else { v })
}
