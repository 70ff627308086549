//! The operator methods of the built-in containers and strings as callable attributes
//! (`"a".__lt__("b")`, `[1].__add__([2])`, `{1}.__or__({2})`, `super().__add__(x)` in a
//! subclass): each calls the type's native operation and answers `NotImplemented` where that
//! operation does not apply, as CPython's slot wrappers do. Operators themselves never go
//! through these; the numbers' methods are in `num_dunders`.

use crate::builtins::{method, self_arg};
use crate::ops::compare::CompareOp;
use crate::ops::number::NumOp;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

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
    let r = if reflected {
        vm.native_binary(other, this, op)?
    } else {
        vm.native_binary(this, other, op)?
    };
    Ok(r.unwrap_or_else(|| not_implemented(vm)))
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (this, other) = other_arg(vm, &args, op.method())?;
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
