//! The `gc` module: the cycle collector's controls (`crate::gc` does the work).

use crate::builtins::function;
use crate::object::Payload;
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
    function(vm, ns, "gc", "is_finalized", is_finalized);
    function(vm, ns, "gc", "get_objects", get_objects);
    function(vm, ns, "gc", "get_referents", get_referents);
    function(vm, ns, "gc", "get_referrers", get_referrers);
    function(vm, ns, "gc", "freeze", freeze);
    function(vm, ns, "gc", "unfreeze", unfreeze);
    function(vm, ns, "gc", "get_freeze_count", get_freeze_count);
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

fn is_finalized(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "is_finalized", 1, 1)?;
    Ok(Value::Bool(
        a[0].as_obj().is_some_and(|o| o.finalized.get()),
    ))
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "get_objects", 0, 1)?;
    let generation = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = int_arg(vm, v)?;
            if g == -1 {
                return Ok(vm.new_list(
                    crate::gc::objects(None)
                        .into_iter()
                        .map(Value::Obj)
                        .collect(),
                ));
            }
            if g >= 3 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    let objs = crate::gc::objects(generation);
    Ok(vm.new_list(objs.into_iter().map(Value::Obj).collect()))
}

/// `gc.get_referents(*objs)`: the objects each refers to.
fn get_referents(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "get_referents", 0, usize::MAX)?;
    let mut out = Vec::new();
    for v in a {
        let Some(o) = v.as_obj() else {
            continue;
        };
        // Containers report their items, inline ints and floats included, in the order
        // CPython's `tp_traverse` visits them (sequences last item first; a dict whose keys
        // are all strings only its values); other objects their heap references.
        match &o.payload {
            Payload::List(l) => out.extend(l.borrow().iter().rev().cloned()),
            Payload::Tuple(t) => out.extend(t.iter().rev().cloned()),
            Payload::Set(s) => out.extend(s.borrow().iter().cloned()),
            Payload::Dict(d) => {
                let d = d.borrow();
                let str_keys = d
                    .iter()
                    .all(|e| e.key.as_obj().is_some_and(|k| k.as_str().is_some()));
                for e in d.iter() {
                    if !str_keys {
                        out.push(e.key.clone());
                    }
                    out.push(e.value.clone());
                }
            }
            _ => out.extend(crate::gc::referents(o).into_iter().map(Value::Obj)),
        }
    }
    Ok(vm.new_list(out))
}

/// `gc.get_referrers(*objs)`: the registered objects that refer to any of them.
fn get_referrers(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "get_referrers", 0, usize::MAX)?;
    let targets: Vec<*const crate::object::PyObject> = a
        .iter()
        .filter_map(|v| v.as_obj().map(std::rc::Rc::as_ptr))
        .collect();
    let mut out = Vec::new();
    for o in crate::gc::objects(None) {
        let mut hit = false;
        crate::gc::traverse::visit(&o, &mut |r| {
            hit |= targets.contains(&std::rc::Rc::as_ptr(r));
        });
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

fn freeze(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "freeze", 0, 0)?;
    crate::gc::freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "unfreeze", 0, 0)?;
    crate::gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "get_freeze_count", 0, 0)?;
    Ok(Value::Int(crate::gc::freeze_count() as i64))
}
