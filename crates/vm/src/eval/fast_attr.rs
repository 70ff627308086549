//! Fast paths of `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` for the commonest case: a plain
//! instance (a `__dict__` and no built-in payload) of a class that defines no attribute
//! hooks, whose class attribute for the name is absent, a plain value or a function.
//!
//! Each answers `Ok(None)` (or hands the value back) whenever anything else is involved —
//! data descriptors, properties, `__getattr__`, `__slots__`, `__class__`, `__dict__`,
//! missing attributes — and the
//! instruction then runs the general `object.__getattribute__` / `__setattr__` logic,
//! which owns every error message. The answers are the same as the general path's: the
//! instance dict is consulted before a function (a non-data descriptor) and after nothing
//! else.

use crate::object::{Payload, PyObject};
use crate::types::typeobj::{self, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The class attribute `name` of a plain instance's class as the fast paths see it.
enum ClassAttr {
    Absent,
    /// A Python function: binds to the instance, loses to the instance dict.
    Function(Value),
    /// An inline value (int, float, bool, None): no descriptor behaviour.
    Plain(Value),
}

/// Whether `name` is `__class__` or `__dict__` (lengths compared first: this is asked on
/// every instance-attribute access).
#[inline]
fn is_class_or_dict(name: &PyRef) -> bool {
    name.as_str().is_some_and(|s| {
        let t = s.as_str();
        matches!(t.len(), 8 | 9) && (t == "__dict__" || t == "__class__")
    })
}

/// `(instance dict, class attribute)` when `obj` is a plain instance whose class has no
/// `hook` and whose attribute `name` is simple enough for a fast path.
#[inline]
fn plain_instance<'a>(
    vm: &Vm,
    obj: &'a Value,
    name: &PyRef,
    hook: u8,
) -> Option<(&'a PyRef, ClassAttr)> {
    let Value::Obj(o) = obj else { return None };
    if !matches!(o.payload, Payload::Object) {
        return None;
    }
    let dict = o.dict.as_ref()?;
    let cls = o.class();
    if typeobj::hooks(vm, cls) & hook != 0 {
        return None;
    }
    let attr = match typeobj::lookup(vm, cls, name) {
        // `__class__` and `__dict__` are built-in data descriptors: general path.
        None if is_class_or_dict(name) => return None,
        None => ClassAttr::Absent,
        Some(v @ Value::Obj(_)) => match &v.as_obj()?.payload {
            Payload::Function(_) => ClassAttr::Function(v),
            _ => return None,
        },
        Some(v) => ClassAttr::Plain(v),
    };
    Some((dict, attr))
}

/// `obj.name` for a plain instance; `Ok(None)`: use the general path.
pub fn load_attr(vm: &Vm, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let Some((dict, attr)) = plain_instance(vm, obj, name, HOOK_GETATTRIBUTE) else {
        return Ok(None);
    };
    if let Some(v) = vm.dict_get_name(dict, name)? {
        return Ok(Some(v));
    }
    Ok(match attr {
        ClassAttr::Absent => None,
        ClassAttr::Plain(v) => Some(v),
        ClassAttr::Function(func) => Some(Value::Obj(PyObject::new(
            vm.types().method.clone(),
            Payload::Method {
                func,
                self_: obj.clone(),
            },
        ))),
    })
}

/// `LOAD_METHOD`'s unbound function for a plain instance whose class defines `name` as a
/// function the instance dict does not shadow; `Ok(None)`: use the general path.
pub fn load_method(vm: &Vm, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
    let Some((dict, ClassAttr::Function(func))) = plain_instance(vm, obj, name, HOOK_GETATTRIBUTE)
    else {
        return Ok(None);
    };
    if vm.dict_get_name(dict, name)?.is_some() {
        return Ok(None);
    }
    Ok(Some(func))
}

/// `obj.name = value` for a plain instance; `Err(value)` back: use the general path.
pub fn store_attr(vm: &Vm, obj: &Value, name: &PyRef, value: Value) -> Result<PyResult<()>, Value> {
    let Some((dict, _)) = plain_instance(vm, obj, name, HOOK_SETATTR) else {
        return Err(value);
    };
    if let Value::Obj(o) = obj {
        if typeobj::hooks(vm, o.class()) & typeobj::HOOK_SLOTS != 0 {
            return Err(value);
        }
    }
    Ok(vm.dict_set_name(dict, name, value))
}
