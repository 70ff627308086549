//! The operator methods of built-in types as callable attributes (`(1).__add__(2)`,
//! `"a".__lt__("b")`, `int.__neg__(3)`, `super().__add__(x)` in a subclass): each calls the
//! type's native operation and answers `NotImplemented` where that operation does not
//! apply, as CPython's slot wrappers do. Operators themselves never go through these.

use crate::builtins::{method, self_arg};
use crate::ops::compare::CompareOp;
use crate::ops::number::{num_of, Num, NumOp};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// How far a numeric type's own slots reach: `int.__add__` takes ints only, `float`'s
/// take ints and floats, `complex`'s all three.
fn numeric_rank(v: &Value) -> Option<u8> {
    match num_of(v)? {
        Num::Int(_) | Num::Big(_) => Some(0),
        Num::Float(_) => Some(1),
        Num::Complex(..) => Some(2),
    }
}

/// Whether the slot of `this`'s type handles `other` (numbers only accept lower ranks).
fn accepts(this: &Value, other: &Value) -> bool {
    match (numeric_rank(this), numeric_rank(other)) {
        (Some(a), Some(b)) => b <= a,
        (Some(_), None) => false,
        _ => true,
    }
}

fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.interp.not_implemented.clone())
}

fn other_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let this = self_arg(vm, args, name)?;
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match &args.pos()[1..] {
        [other] => Ok((this, other)),
        rest => Err(vm.type_error(format!("expected 1 argument, got {}", rest.len()))),
    }
}

fn binary(vm: &Vm, args: Args, op: NumOp, reflected: bool) -> PyResult<Value> {
    let (_, name, rname, _) = op.names();
    let (this, other) = other_arg(vm, &args, if reflected { rname } else { name })?;
    if !accepts(this, other) {
        return Ok(not_implemented(vm));
    }
    let r = if reflected {
        vm.native_binary(other, this, op)?
    } else {
        vm.native_binary(this, other, op)?
    };
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (this, other) = other_arg(vm, &args, op.method())?;
    if !accepts(this, other) {
        return Ok(not_implemented(vm));
    }
    Ok(match vm.native_compare(this, other, op)? {
        Some(b) => Value::Bool(b),
        None => not_implemented(vm),
    })
}

macro_rules! binary_fns {
    ($($f:ident, $r:ident => $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $op, false)
            }
            fn $r(vm: &Vm, args: Args) -> PyResult<Value> {
                binary(vm, args, $op, true)
            }
        )*
        const BINARY: &[(NumOp, crate::types::function::NativeFn, crate::types::function::NativeFn)] =
            &[$(($op, $f, $r)),*];
    };
}

binary_fns! {
    add, radd => NumOp::Add;
    sub, rsub => NumOp::Sub;
    mul, rmul => NumOp::Mul;
    truediv, rtruediv => NumOp::TrueDiv;
    floordiv, rfloordiv => NumOp::FloorDiv;
    rem, rrem => NumOp::Rem;
    pow, rpow => NumOp::Pow;
    lshift, rlshift => NumOp::LShift;
    rshift, rrshift => NumOp::RShift;
    and, rand => NumOp::And;
    or, ror => NumOp::Or;
    xor, rxor => NumOp::Xor;
}

macro_rules! compare_fns {
    ($($f:ident => $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
                compare(vm, args, $op)
            }
        )*
        const COMPARE: &[(CompareOp, crate::types::function::NativeFn)] = &[$(($op, $f)),*];
    };
}

compare_fns! {
    lt => CompareOp::Lt;
    le => CompareOp::Le;
    eq => CompareOp::Eq;
    ne => CompareOp::Ne;
    gt => CompareOp::Gt;
    ge => CompareOp::Ge;
}

fn neg(vm: &Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(self_arg(vm, &args, "__neg__")?, "__neg__", "unary -")
}

fn pos(vm: &Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(self_arg(vm, &args, "__pos__")?, "__pos__", "unary +")
}

fn invert(vm: &Vm, args: Args) -> PyResult<Value> {
    vm.unary_op(self_arg(vm, &args, "__invert__")?, "__invert__", "unary ~")
}

fn abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__abs__")?.clone();
    let f = vm.builtin("abs")?;
    vm.call_positional(&f, &[this])
}

fn bool_(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(self_arg(vm, &args, "__bool__")?)?))
}

fn int_(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::builtins::constructors::to_int(vm, self_arg(vm, &args, "__int__")?)
}

fn float_(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__float__")?.clone();
    let f = Value::Obj(vm.types().float.clone());
    vm.call_positional(&f, &[this])
}

/// Defines `name` on `t` unless the type already defines it.
fn define(vm: &Vm, t: &PyRef, name: &'static str, f: crate::types::function::NativeFn) {
    let present = t
        .dict
        .as_ref()
        .and_then(|d| vm.dict_get_str(d, name).ok().flatten())
        .is_some();
    if !present {
        method(vm, t, name, f);
    }
}

pub fn register(vm: &Vm) {
    let t = vm.types();
    let numbers = [&t.int, &t.float, &t.complex];
    for n in numbers {
        for (op, f, r) in BINARY {
            let complex_ok = !matches!(
                op,
                NumOp::FloorDiv
                    | NumOp::Rem
                    | NumOp::LShift
                    | NumOp::RShift
                    | NumOp::And
                    | NumOp::Or
                    | NumOp::Xor
            );
            let float_ok = !matches!(
                op,
                NumOp::LShift | NumOp::RShift | NumOp::And | NumOp::Or | NumOp::Xor
            );
            if (std::rc::Rc::ptr_eq(n, &t.complex) && !complex_ok)
                || (std::rc::Rc::ptr_eq(n, &t.float) && !float_ok)
            {
                continue;
            }
            let (_, name, rname, _) = op.names();
            define(vm, n, name, *f);
            define(vm, n, rname, *r);
        }
        for (op, f) in COMPARE {
            let ordered = !matches!(op, CompareOp::Eq | CompareOp::Ne);
            if ordered && std::rc::Rc::ptr_eq(n, &t.complex) {
                continue;
            }
            define(vm, n, op.method(), *f);
        }
        define(vm, n, "__neg__", neg);
        define(vm, n, "__pos__", pos);
        define(vm, n, "__abs__", abs);
        define(vm, n, "__bool__", bool_);
    }
    define(vm, &t.int, "__invert__", invert);
    define(vm, &t.int, "__int__", int_);
    define(vm, &t.int, "__index__", int_);
    define(vm, &t.int, "__float__", float_);
    define(vm, &t.float, "__int__", int_);
    define(vm, &t.float, "__float__", float_);
    // Sequences: concatenation, repetition, `%` formatting, ordering.
    for s in [&t.str, &t.bytes, &t.bytearray, &t.list, &t.tuple] {
        define(vm, s, "__add__", add);
        define(vm, s, "__mul__", mul);
        define(vm, s, "__rmul__", rmul);
        for (op, f) in COMPARE {
            define(vm, s, op.method(), *f);
        }
    }
    define(vm, &t.str, "__mod__", rem);
    define(vm, &t.bytes, "__mod__", rem);
    for s in [&t.set, &t.frozenset] {
        for (op, f, r) in BINARY {
            if matches!(op, NumOp::Or | NumOp::And | NumOp::Sub | NumOp::Xor) {
                let (_, name, rname, _) = op.names();
                define(vm, s, name, *f);
                define(vm, s, rname, *r);
            }
        }
        for (op, f) in COMPARE {
            define(vm, s, op.method(), *f);
        }
    }
    define(vm, &t.dict, "__or__", or);
    define(vm, &t.dict, "__ror__", ror);
    for (op, f) in COMPARE {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            define(vm, &t.dict, op.method(), *f);
        }
    }
}
