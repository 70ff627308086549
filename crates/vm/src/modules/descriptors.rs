//! `getset_descriptor` and `member_descriptor` objects in the `function` type's namespace for
//! `__code__` and `__globals__`, so `types.GetSetDescriptorType = type(FunctionType.__code__)`
//! and `types.MemberDescriptorType` name real types. Reading the attribute through an
//! instance still comes from pyvm's native attributes (`builtins::attrs`).

use crate::builtins::{method, rest, self_arg};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Installs the descriptors; called once when the interpreter starts.
pub fn install(vm: &Vm) {
    crate::builtins::generic_alias::install(vm);
    super::memoryview::install(vm);
    super::reduce::install(vm);
    super::bytes_search::install(vm);
    let object = vm.types().object.clone();
    let getset = super::weakref::native_class(vm, "getset_descriptor", "builtins", &object, false);
    let member = super::weakref::native_class(vm, "member_descriptor", "builtins", &object, false);
    for t in [&getset, &member] {
        method(vm, t, "__get__", descr_get);
        method(vm, t, "__repr__", descr_repr);
    }
    let function = vm.types().function.clone();
    for (name, t) in [("__code__", &getset), ("__globals__", &member)] {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "__name__", vm.new_str(name));
        vm.dict_set_str(&d, "__objclass__", Value::Obj(function.clone()));
        let descr =
            crate::object::PyObject::with_dict(t.clone(), crate::object::Payload::Object, d);
        if let Some(fd) = &function.dict {
            vm.dict_set_str(fd, name, Value::Obj(descr));
        }
    }
}

fn field(vm: &Vm, descr: &Value, key: &str) -> PyResult<Value> {
    let d: Option<PyRef> = descr.as_obj().and_then(|o| o.dict.clone());
    Ok(match d {
        Some(d) => vm.dict_get_str(&d, key)?.unwrap_or(Value::None),
        None => Value::None,
    })
}

fn descr_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__get__")?;
    let a = rest(&args).fixed(vm, "__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(this.clone());
    }
    let name = vm.str_of(&field(vm, this, "__name__")?)?;
    match crate::builtins::attrs::native_attr(vm, &a[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &name)),
    }
}

fn descr_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let name = vm.str_of(&field(vm, this, "__name__")?)?;
    Ok(vm.new_str(format!("<attribute '{name}' of 'function' objects>")))
}
