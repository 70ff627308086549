//! The special methods CPython's built-in types carry in their own `__dict__` as slot
//! wrappers — `int.__repr__`, `list.__iter__`, `list.__hash__ = None`, `str.__str__` —
//! so that `super().__iter__()` in a subclass works, `'__hash__'` lookups (the
//! `Hashable` ABC) see unhashable types, and code comparing methods (`enum` deciding
//! whether a mixin type overrides `__repr__`) finds the type's own.

use super::{method, self_arg};
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    for cls in [
        &t.int,
        &t.bool,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.none_type,
    ] {
        if absent(vm, cls, "__repr__") {
            method(vm, cls, "__repr__", native_repr);
        }
    }
    for cls in [
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
    ] {
        if absent(vm, cls, "__iter__") {
            method(vm, cls, "__iter__", native_iter);
        }
    }
    if absent(vm, &t.str, "__str__") {
        method(vm, &t.str, "__str__", str_str);
    }
    if absent(vm, &t.str, "__hash__") {
        method(vm, &t.str, "__hash__", str_hash);
    }
    // The mutable containers (and slices) are unhashable: `__hash__ = None` in their own
    // dicts, so `list.__hash__ is None` (dataclasses' mutable-default check,
    // `collections.abc.Hashable`) and subclasses inherit the unhashability.
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray, &t.slice] {
        vm.dict_set_str(
            cls.dict.as_ref().expect("type dict"),
            "__hash__",
            Value::None,
        );
    }
}

/// Whether built-in type `cls` has no `name` of its own yet (the type's own registration
/// wins over these generic ones).
fn absent(vm: &Vm, cls: &crate::value::PyRef, name: &str) -> bool {
    cls.dict
        .as_ref()
        .is_some_and(|d| vm.dict_get_str(d, name).ok().flatten().is_none())
}

/// `T.__repr__(self)`: the built-in repr, whatever a subclass overrides.
fn native_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    Ok(vm.new_str(vm.native_repr(this)?))
}

/// `T.__iter__(self)`: the built-in iterator, whatever a subclass overrides.
fn native_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__iter__")?;
    match vm.native_iter(this)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error(format!(
            "descriptor '__iter__' requires a built-in iterable, not '{}'",
            vm.type_name(this)
        ))),
    }
}

/// `str.__str__(self)`: the string itself (an exact str copy for a subclass).
fn str_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__str__")?;
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => Ok(vm.new_str(s.as_str())),
        _ => Err(vm.type_error(format!(
            "descriptor '__str__' requires a 'str' object but received a '{}'",
            vm.type_name(this)
        ))),
    }
}

/// `str.__hash__(self)`: the string hash, whatever a subclass overrides.
fn str_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__hash__")?;
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => Ok(Value::Int(vm.str_hash(s))),
        _ => Err(vm.type_error(format!(
            "descriptor '__hash__' requires a 'str' object but received a '{}'",
            vm.type_name(this)
        ))),
    }
}
