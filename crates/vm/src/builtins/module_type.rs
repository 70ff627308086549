//! The `module` type's constructor (`types.ModuleType(name, doc=None)`), which importlib,
//! `types` and user code call to make modules by hand.

use crate::builtins::argparse::Sig;
use crate::builtins::constructors::cls_arg;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().module;
    static_method(vm, t, "__new__", module_new);
    method(vm, t, "__init__", module_init);
}

/// `module.__new__(cls, *args, **kwargs)`: an empty module of `cls` (`__init__` names it).
fn module_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "module")?;
    let dict = vm.new_dict();
    for key in [
        "__name__",
        "__doc__",
        "__package__",
        "__loader__",
        "__spec__",
    ] {
        vm.dict_set_str(&dict, key, Value::None);
    }
    Ok(Value::Obj(PyObject::with_dict(cls, Payload::Module, dict)))
}

/// `module.__init__(self, name, doc=None)`.
fn module_init(vm: &Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("module", &["name", "doc"], 1);
    let this = self_arg(vm, &args, "__init__")?;
    let a = SIG.bind(vm, &rest(&args))?;
    let name = a[0].unwrap();
    if name.as_obj().and_then(|o| o.as_str()).is_none() {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(name)
        )));
    }
    let Some(dict) = this.as_obj().and_then(|o| o.dict.clone()) else {
        return Err(vm.type_error("module.__init__() needs a module"));
    };
    vm.dict_set_str(&dict, "__name__", name.clone());
    vm.dict_set_str(&dict, "__doc__", a[1].cloned().unwrap_or(Value::None));
    for key in ["__package__", "__loader__", "__spec__"] {
        if vm.dict_get_str(&dict, key)?.is_none() {
            vm.dict_set_str(&dict, key, Value::None);
        }
    }
    Ok(Value::None)
}
