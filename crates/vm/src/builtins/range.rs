//! `range` objects: construction and the methods beyond iteration (`index`, `count`).

use crate::builtins::{method, rest, self_arg};
use crate::object::{Payload, PyObject, Range};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `range(start, stop, step)`.
pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyObject::new(
        vm.types().range.clone(),
        Payload::Range(Box::new(Range { start, stop, step })),
    ))
}

pub fn register(vm: &Vm) {
    method(vm, &vm.types().range, "index", index);
    method(vm, &vm.types().range, "count", count);
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "index")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "index", 1, 1)?;
    if let Some(Payload::Range(rg)) = this.as_obj().map(|o| &o.payload) {
        if vm.contains(&this, &a[0])? {
            if let Value::Int(i) = a[0] {
                return Ok(Value::Int((i - rg.start) / rg.step));
            }
        }
    }
    Err(vm.value_error(format!("{} is not in range", vm.repr(&a[0])?)))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "count")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "count", 1, 1)?;
    Ok(Value::Int(vm.contains(&this, &a[0])? as i64))
}
