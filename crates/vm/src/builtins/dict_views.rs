//! The set behaviour of `dict.keys()` and `dict.items()` views: `&`, `|`, `-`, `^` with any
//! iterable (giving a `set`), `==` against sets, `isdisjoint`, `reversed(...)`, and the
//! `mapping` attribute.

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::ops::number::NumOp;
use crate::types::function::Args;
use crate::types::iter::DictPart;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    for t in [&vm.types().dict_keys, &vm.types().dict_items] {
        method(vm, t, "isdisjoint", isdisjoint);
    }
    for t in [
        &vm.types().dict_keys,
        &vm.types().dict_items,
        &vm.types().dict_values,
    ] {
        method(vm, t, "__reversed__", reversed);
    }
}

/// Whether `v` is a keys or items view (the set-like ones).
pub fn is_set_view(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.payload),
        Some(Payload::DictView {
            part: DictPart::Keys | DictPart::Items,
            ..
        })
    )
}

/// `view <op> other` (or `other <op> view`): `None` (NotImplemented) unless one side is a
/// set-like view and the other iterable.
pub fn binary(vm: &Vm, lhs: &Value, rhs: &Value, op: NumOp) -> PyResult<Option<Value>> {
    if !matches!(op, NumOp::And | NumOp::Or | NumOp::Sub | NumOp::Xor)
        || !(is_set_view(lhs) || is_set_view(rhs))
        || !vm.is_iterable(lhs)
        || !vm.is_iterable(rhs)
    {
        return Ok(None);
    }
    let a = vm.new_set(vm.collect(lhs)?)?;
    let b = vm.new_set(vm.collect(rhs)?)?;
    let Value::Obj(a) = a else { return Ok(None) };
    crate::builtins::sets::binary(vm, &a, &b, op).map(Some)
}

/// `view == other` for set-like views: equal as sets when `other` is a set or set-like view.
pub fn equal(vm: &Vm, a: &PyRef, b: &Value) -> PyResult<Option<bool>> {
    let other_ok = is_set_view(b) || vm.is_set_like(b);
    if !other_ok {
        return Ok(None);
    }
    let sa = vm.new_set(vm.collect(&Value::Obj(a.clone()))?)?;
    let sb = vm.new_set(vm.collect(b)?)?;
    let (Value::Obj(sa), Value::Obj(sb)) = (sa, sb) else {
        return Ok(None);
    };
    crate::builtins::sets::compare(vm, &sa, &sb, crate::ops::compare::CompareOp::Eq).map(Some)
}

fn isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "isdisjoint")?;
    let other = crate::builtins::argparse::one_arg(vm, &rest(&args), "isdisjoint")?;
    for v in vm.collect(other)? {
        if vm.contains(me, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let me = self_arg(vm, &args, "__reversed__")?;
    let mut items = vm.collect(me)?;
    items.reverse();
    vm.iter(&vm.new_list(items))
}
