//! `types.SimpleNamespace` (CPython's `_PyNamespace`), the type of `sys.implementation`:
//! an object whose attributes are its keyword arguments.

use crate::builtins::{method, rest, self_arg};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Creates the `types.SimpleNamespace` type.
pub fn make_type(vm: &Vm) -> PyRef {
    let t = super::weakref::native_class(vm, "SimpleNamespace", "types", &vm.types().object, true);
    crate::types::typeobj::data(&t).module.set(Some("types"));
    method(vm, &t, "__init__", init);
    method(vm, &t, "__repr__", repr);
    method(vm, &t, "__eq__", eq);
    t
}

/// A new namespace holding `items`.
pub fn new(vm: &Vm, t: &PyRef, items: &[(&str, Value)]) -> Value {
    let d = vm.new_dict();
    for (k, v) in items {
        vm.dict_set_str(&d, k, v.clone());
    }
    Value::Obj(crate::object::PyObject::with_dict(
        t.clone(),
        crate::object::Payload::Object,
        d,
    ))
}

fn dict_of(v: &Value) -> Option<PyRef> {
    v.as_obj().and_then(|o| o.dict.clone())
}

fn init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let r = rest(&args);
    if !r.pos().is_empty() {
        return Err(vm.type_error(format!(
            "no positional arguments expected, got {}",
            r.pos().len()
        )));
    }
    if let Some(d) = dict_of(this) {
        for (k, v) in r.kwargs() {
            vm.dict_set_str(&d, k, v.clone());
        }
    }
    Ok(Value::None)
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    // Only the base type itself is written `namespace(...)`; the base is the one type of
    // that name defined by module `types`.
    let t = vm.type_of(this);
    let data = crate::types::typeobj::data(t);
    let name = if data.name() == "SimpleNamespace" && data.module.get() == Some("types") {
        "namespace".to_string()
    } else {
        vm.type_name(this)
    };
    let mut parts = Vec::new();
    if let Some(d) = dict_of(this) {
        let keys = d.as_dict().map(|c| c.borrow().keys()).unwrap_or_default();
        for k in keys {
            let Some(ks) = k
                .as_obj()
                .and_then(|o| o.as_str())
                .map(|s| s.as_str().to_string())
            else {
                continue;
            };
            if let Some(v) = vm.dict_get_str(&d, &ks)? {
                parts.push(format!("{ks}={}", vm.repr(&v)?));
            }
        }
    }
    Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
}

fn eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__eq__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__eq__", 1, 1)?;
    let ns_type = vm.type_of(this).clone();
    let other_is_ns = crate::types::typeobj::data(vm.type_of(&a[0]))
        .mro
        .borrow()
        .iter()
        .any(|c| std::rc::Rc::ptr_eq(c, &ns_type))
        || crate::types::typeobj::data(&ns_type)
            .mro
            .borrow()
            .iter()
            .any(|c| std::rc::Rc::ptr_eq(c, vm.type_of(&a[0])));
    match (other_is_ns, dict_of(this), dict_of(&a[0])) {
        (true, Some(x), Some(y)) => Ok(Value::Bool(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Value::Obj(vm.interp.not_implemented.clone())),
    }
}
