//! The descriptor methods of built-in descriptors, for explicit calls
//! (`f.__get__(obj, cls)`, `prop.__set__(obj, v)`, `C.__dict__['m'].__get__(None, C)`):
//! attribute lookup itself binds them natively in `ops::attr`.

use crate::builtins::{method, rest, self_arg};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    for cls in [
        &t.function,
        &t.classmethod,
        &t.staticmethod,
        &t.member_descriptor,
    ] {
        method(vm, cls, "__get__", descr_get);
    }
    for cls in [&t.property, &t.member_descriptor] {
        method(vm, cls, "__set__", descr_set);
        method(vm, cls, "__delete__", descr_delete);
    }
    method(vm, &t.property, "__set_name__", property_set_name);
}

/// `descr.__get__(obj, type=None)`.
fn descr_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__get__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__get__", 1, 2)?;
    let (obj, owner) = (&a[0], a.get(1).filter(|o| !o.is_none()));
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    let Value::Obj(o) = &this else {
        return Ok(this);
    };
    Ok(match &o.payload {
        Payload::Function(_) if obj.is_none() => this.clone(),
        Payload::Function(_) => method_of(vm, this.clone(), obj.clone()),
        Payload::ClassMethod(f) => {
            let cls = match owner {
                Some(c) => c.clone(),
                None => Value::Obj(vm.type_of(obj).clone()),
            };
            method_of(vm, f.clone(), cls)
        }
        Payload::StaticMethod(f) => f.clone(),
        Payload::Member(_) if obj.is_none() => this.clone(),
        Payload::Member(m) => crate::builtins::slots::get(vm, m, obj)?,
        _ => this.clone(),
    })
}

fn method_of(vm: &Vm, func: Value, self_: Value) -> Value {
    Value::Obj(PyObject::new(
        vm.types().method.clone(),
        Payload::Method { func, self_ },
    ))
}

/// `descr.__set__(obj, value)`.
fn descr_set(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__set__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__set__", 2, 2)?;
    set_or_delete(vm, &this, &a[0], Some(a[1].clone()))
}

/// `descr.__delete__(obj)`.
fn descr_delete(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__delete__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__delete__", 1, 1)?;
    set_or_delete(vm, &this, &a[0], None)
}

fn set_or_delete(vm: &Vm, this: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::Member(m)) => crate::builtins::slots::set(vm, m, obj, value)?,
        Some(Payload::Property(p)) => {
            let (f, what, args) = match value {
                Some(v) => (&p[1], "setter", vec![obj.clone(), v]),
                None => (&p[2], "deleter", vec![obj.clone()]),
            };
            if f.is_none() {
                let owner = crate::types::typeobj::data(vm.type_of(obj))
                    .qualname
                    .borrow()
                    .clone();
                let msg = match &*p.name.borrow() {
                    Some(n) => {
                        format!("property {} of '{owner}' object has no {what}", vm.repr(n)?)
                    }
                    None => format!("property of '{owner}' object has no {what}"),
                };
                return Err(vm.attribute_error_plain(&msg));
            }
            vm.call_positional(f, &args)?;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `property.__set_name__(owner, name)`.
fn property_set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__set_name__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__set_name__", 2, 2)?;
    if let Some(Payload::Property(p)) = this.as_obj().map(|o| &o.payload) {
        *p.name.borrow_mut() = Some(a[1].clone());
    }
    Ok(Value::None)
}
