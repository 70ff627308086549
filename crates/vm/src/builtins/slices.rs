//! `slice.indices()` and the constructors of the singleton types (`type(None)()`,
//! `type(...)()`, `type(NotImplemented)()` return the singleton).

use crate::builtins::argparse::one_arg;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    method(vm, &t.slice, "indices", indices);
    static_method(vm, &t.none_type, "__new__", none_new);
    static_method(vm, &t.ellipsis_type, "__new__", ellipsis_new);
    static_method(vm, &t.not_implemented_type, "__new__", not_implemented_new);
}

/// `slice.indices(length)`: `(start, stop, step)` resolved against a sequence length.
fn indices(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "indices")?;
    let Some(Payload::Slice(s)) = this.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error(format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )));
    };
    let length = vm.index_arg(one_arg(vm, &rest(&args), "slice.indices")?)?;
    if length < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let ix = vm.slice_indices(s, length as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(ix.start),
        Value::Int(ix.stop),
        Value::Int(ix.step),
    ]))
}

/// The `__new__` of a singleton type: no arguments, and the one instance.
fn singleton(vm: &Vm, args: &Args, name: &str, instance: Value) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error(format!("{name} takes no arguments")));
    }
    Ok(instance)
}

fn none_new(vm: &Vm, args: Args) -> PyResult<Value> {
    singleton(vm, &args, "NoneType", Value::None)
}

fn ellipsis_new(vm: &Vm, args: Args) -> PyResult<Value> {
    singleton(
        vm,
        &args,
        "ellipsis",
        Value::Obj(vm.interp.ellipsis.clone()),
    )
}

fn not_implemented_new(vm: &Vm, args: Args) -> PyResult<Value> {
    singleton(
        vm,
        &args,
        "NotImplementedType",
        Value::Obj(vm.interp.not_implemented.clone()),
    )
}
