//! The `gc` module: the cycle collector's controls (`crate::gc` does the work).

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "gc", "collect", collect);
    function(vm, ns, "gc", "isenabled", isenabled);
    function(vm, ns, "gc", "enable", enable);
    function(vm, ns, "gc", "disable", disable);
    function(vm, ns, "gc", "get_count", get_count);
    function(vm, ns, "gc", "get_threshold", get_threshold);
    function(vm, ns, "gc", "set_threshold", set_threshold);
    function(vm, ns, "gc", "is_tracked", is_tracked);
    vm.dict_set_str(ns, "garbage", vm.new_list(vec![]));
    vm.dict_set_str(ns, "callbacks", vm.new_list(vec![]));
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        vm.dict_set_str(ns, name, Value::Int(v));
    }
}

/// `gc.collect(generation=2)`: runs pending finalizers, collects, runs the finalizers the
/// collection queued, and returns the number of unreachable objects found.
fn collect(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "collect", 0, 1)?;
    let generation = match a.first() {
        None => 2,
        Some(v) => int_arg(vm, v)?,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    crate::gc::run_pending(vm);
    let n = crate::gc::collect(vm, generation as usize);
    crate::gc::run_pending(vm);
    Ok(Value::Int(n as i64))
}

fn isenabled(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "isenabled", 0, 0)?;
    Ok(Value::Bool(crate::gc::is_enabled()))
}

fn enable(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "enable", 0, 0)?;
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "disable", 0, 0)?;
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn get_count(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "get_count", 0, 0)?;
    let c = crate::gc::counts();
    Ok(vm.new_tuple(c.iter().map(|&n| Value::Int(n as i64)).collect()))
}

fn get_threshold(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "get_threshold", 0, 0)?;
    let t = crate::gc::thresholds();
    Ok(vm.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect()))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "set_threshold", 1, 3)?;
    let mut t = crate::gc::thresholds();
    for (i, v) in a.iter().enumerate() {
        t[i] = int_arg(vm, v)?.max(0) as usize;
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn is_tracked(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "is_tracked", 1, 1)?;
    Ok(Value::Bool(
        a[0].as_obj().is_some_and(crate::gc::is_tracked),
    ))
}

/// An integer argument, with CPython's message for anything else.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match vm.index_opt(v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}
