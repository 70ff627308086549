//! Calling the module type: `types.ModuleType(name, doc=None)` and subclasses of it (lazy
//! modules, `sys.modules[name] = type(sys)(name)`), as CPython's `module.__new__` and
//! `module.__init__`; and calling the method type (`types.MethodType(func, obj)`).

use super::argparse::Sig;
use super::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::types::typeobj::data;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    static_method(vm, &t.module, "__new__", module_new);
    method(vm, &t.module, "__init__", module_init);
    static_method(vm, &t.method, "__new__", method_new);
}

/// `types.MethodType(function, instance)`: `function` bound to `instance`.
fn method_new(vm: &Vm, args: Args) -> PyResult<Value> {
    super::constructors::cls_arg(vm, &args, "method")?;
    let r = rest(&args);
    if r.has_kwargs() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let [func, self_] = r.pos() else {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            r.pos().len()
        )));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if self_.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(PyObject::new(
        vm.types().method.clone(),
        Payload::Method {
            func: func.clone(),
            self_: self_.clone(),
        },
    )))
}

/// `module.__new__(cls, *args, **kwargs)`: an empty module (its attributes come from
/// `__init__`).
fn module_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = super::constructors::cls_arg(vm, &args, "module")?;
    if !crate::types::typeobj::is_subtype(&cls, &vm.types().module) {
        return Err(vm.type_error(format!(
            "module.__new__({}): {} is not a subtype of module",
            data(&cls).name(),
            data(&cls).name()
        )));
    }
    Ok(Value::Obj(PyObject::with_dict(
        cls,
        Payload::Module,
        vm.new_dict(),
    )))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let bound = Sig::new("module", &["name", "doc"], 1).bind(vm, &rest(&args))?;
    let name = bound[0].cloned().unwrap_or(Value::None);
    if name.as_obj().is_none_or(|o| o.as_str().is_none()) {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    }
    let doc = bound[1].cloned().unwrap_or(Value::None);
    let Some(d) = this.as_obj().and_then(|o| o.dict.clone()) else {
        return Err(vm.type_error("module.__init__() needs a module"));
    };
    vm.dict_set_str(&d, "__name__", name);
    vm.dict_set_str(&d, "__doc__", doc);
    vm.dict_set_str(&d, "__package__", Value::None);
    vm.dict_set_str(&d, "__loader__", Value::None);
    vm.dict_set_str(&d, "__spec__", Value::None);
    Ok(Value::None)
}
