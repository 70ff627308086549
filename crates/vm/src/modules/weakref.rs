//! The native `_weakref` module: `ref` (`weakref.ReferenceType`) and `proxy`, built on `Rc`'s
//! weak pointers, so a reference really goes dead when its object is freed.
//!
//! Limits: pyvm frees objects by reference counting without a hook at death, so weakref
//! callbacks are kept (`__callback__`) but never called, and `getweakrefs` cannot list
//! references. A proxy forwards attribute reads, calls, `repr`, `str`, `len`, `bool` and
//! comparisons to its object.

use std::cell::Cell;
use std::rc::{Rc, Weak};

use crate::builtins::{function, method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::types::typeobj::{self, Layout, TypeData};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The state of a weak reference or proxy.
pub struct WeakData {
    target: Weak<PyObject>,
    /// Kept for `__callback__`; never called (see the module doc).
    #[allow(dead_code)]
    callback: Option<Value>,
    /// `hash(ref)`: the object's hash, computed while it is alive and kept after.
    hash: Cell<Option<i64>>,
    proxy: bool,
}

/// A class created from Rust that dispatches its special methods like a Python class (its
/// `__repr__`, `__call__`, ... are the native methods in its namespace).
pub fn native_class(vm: &Vm, name: &str, module: &str, base: &PyRef, base_ok: bool) -> PyRef {
    let mut data = TypeData::new(name, vec![base.clone()], Layout::Object, true);
    data.base_ok = base_ok;
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str(module));
    vm.dict_set_str(&ns, "__qualname__", vm.new_str(name));
    vm.dict_set_str(&ns, "__doc__", Value::None);
    let t = typeobj::new_type(&vm.types().type_, data, ns);
    let mut mro = vec![t.clone()];
    mro.extend(typeobj::data(base).mro.borrow().iter().cloned());
    *typeobj::data(&t).mro.borrow_mut() = mro;
    t
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let object = vm.types().object.clone();
    let reftype = native_class(vm, "ReferenceType", "weakref", &object, true);
    method(vm, &reftype, "__init__", ref_init);
    method(vm, &reftype, "__call__", ref_call);
    method(vm, &reftype, "__repr__", ref_repr);
    method(vm, &reftype, "__hash__", ref_hash);
    method(vm, &reftype, "__eq__", ref_eq);
    method(vm, &reftype, "__ne__", ref_ne);
    method(vm, &reftype, "__class_getitem__", class_getitem);
    static_method(vm, &reftype, "__new__", ref_new);
    let proxytype = native_class(vm, "ProxyType", "weakref", &object, false);
    let callable = native_class(vm, "CallableProxyType", "weakref", &object, false);
    for t in [&proxytype, &callable] {
        method(vm, t, "__getattr__", proxy_getattr);
        method(vm, t, "__repr__", proxy_repr);
        method(vm, t, "__str__", proxy_str);
        method(vm, t, "__len__", proxy_len);
        method(vm, t, "__bool__", proxy_bool);
        method(vm, t, "__eq__", proxy_eq);
        method(vm, t, "__hash__", proxy_hash);
    }
    method(vm, &callable, "__call__", proxy_call);
    vm.dict_set_str(ns, "ref", Value::Obj(reftype.clone()));
    vm.dict_set_str(ns, "ReferenceType", Value::Obj(reftype));
    vm.dict_set_str(ns, "ProxyType", Value::Obj(proxytype));
    vm.dict_set_str(ns, "CallableProxyType", Value::Obj(callable));
    function(vm, ns, "_weakref", "proxy", proxy);
    function(vm, ns, "_weakref", "getweakrefcount", getweakrefcount);
    function(vm, ns, "_weakref", "getweakrefs", getweakrefs);
    function(
        vm,
        ns,
        "_weakref",
        "_remove_dead_weakref",
        remove_dead_weakref,
    );
}

/// Whether CPython lets `v` be weakly referenced: not ints, strs, tuples, lists, dicts and
/// the like, unless they are instances of a subclass.
fn referent<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyRef> {
    let cant = || {
        vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(v)
        ))
    };
    let o = v.as_obj().ok_or_else(cant)?;
    if typeobj::data(o.class()).heap {
        return Ok(o);
    }
    match &o.payload {
        Payload::Object
        | Payload::Function(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Method { .. }
        | Payload::Module
        | Payload::Code(_)
        | Payload::Generator(_)
        | Payload::Property(_)
        | Payload::Lock(_)
        | Payload::Builtin(_) => Ok(o),
        _ => Err(cant()),
    }
}

fn new_weak(
    vm: &Vm,
    cls: PyRef,
    target: &Value,
    callback: Option<Value>,
    proxy: bool,
) -> PyResult<Value> {
    let o = referent(vm, target)?;
    let callback = callback.filter(|c| !c.is_none());
    let payload = Payload::WeakRef(Box::new(WeakData {
        target: Rc::downgrade(o),
        callback,
        hash: Cell::new(None),
        proxy,
    }));
    // Python subclasses (`weakref.KeyedRef`) keep their attributes in a dict.
    let own = ["ReferenceType", "ProxyType", "CallableProxyType"];
    let subclass = !own.contains(&typeobj::data(&cls).name().as_str())
        || typeobj::data(&cls).module.get().is_some();
    Ok(Value::Obj(if subclass {
        PyObject::with_dict(cls, payload, vm.new_dict())
    } else {
        PyObject::new(cls, payload)
    }))
}

fn ref_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("ReferenceType.__new__(X): X is not a type object")),
    };
    let r = rest(&args);
    if r.pos().is_empty() {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    }
    let pos = r.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    new_weak(vm, cls, &pos[0], pos.get(1).cloned(), false)
}

fn ref_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn data_of<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a WeakData> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::WeakRef(w)) => Ok(w),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The referent of a weak reference value, if it is one and still alive.
pub fn upgrade(v: &Value) -> Option<Value> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::WeakRef(w)) => w.target.upgrade().map(Value::Obj),
        _ => None,
    }
}

fn ref_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__call__")?;
    rest(&args).fixed(vm, "weakref", 0, 0)?;
    let w = data_of(vm, this, "__call__")?;
    Ok(w.target.upgrade().map_or(Value::None, Value::Obj))
}

fn ref_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let w = data_of(vm, this, "__repr__")?;
    let me = crate::ops::convert::addr(this.as_obj().expect("weakref object"));
    Ok(vm.new_str(match w.target.upgrade() {
        None => format!("<weakref at {me}; dead>"),
        Some(o) => {
            let tv = Value::Obj(o.clone());
            let tname = vm.type_name(&tv);
            let name = vm.getattr_opt(&tv, "__name__").ok().flatten();
            let addr = crate::ops::convert::addr(&o);
            match name.and_then(|n| {
                n.as_obj()
                    .and_then(|s| s.as_str())
                    .map(|s| s.as_str().to_string())
            }) {
                Some(n) => format!("<weakref at {me}; to '{tname}' at {addr} ({n})>"),
                None => format!("<weakref at {me}; to '{tname}' at {addr}>"),
            }
        }
    }))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__hash__")?;
    let w = data_of(vm, this, "__hash__")?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::Int(h));
    }
    match w.target.upgrade() {
        None => Err(vm.type_error("weak object has gone away")),
        Some(o) => {
            let h = vm.hash(&Value::Obj(o))?;
            w.hash.set(Some(h));
            Ok(Value::Int(h))
        }
    }
}

/// `ref == other`: the referents' equality while both are alive, else identity.
fn ref_compare(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let this = self_arg(vm, args, name)?;
    let r = rest(args);
    let a = r.fixed(vm, name, 1, 1)?;
    let w = data_of(vm, this, name)?;
    let Some(Payload::WeakRef(other)) = a[0].as_obj().map(|o| &o.payload) else {
        return Ok(None);
    };
    if other.proxy || w.proxy {
        return Ok(None);
    }
    Ok(Some(match (w.target.upgrade(), other.target.upgrade()) {
        (Some(x), Some(y)) => vm.eq(&Value::Obj(x), &Value::Obj(y))?,
        _ => this.is(&a[0]),
    }))
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args, "__eq__")? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(vm.interp.not_implemented.clone()),
    })
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args, "__ne__")? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(vm.interp.not_implemented.clone()),
    })
}

fn class_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "__class_getitem__", 2, 2)?;
    let origin = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("expected a class"))?;
    Ok(Value::Obj(PyObject::new(
        vm.types().generic_alias.clone(),
        Payload::GenericAlias {
            origin,
            args: a[1].clone(),
        },
    )))
}

fn proxy(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "proxy", 1, 2)?;
    let ns = vm
        .sys_module("_weakref")?
        .ok_or_else(|| vm.runtime_error("_weakref is not imported"))?;
    let callable = vm.is_callable(&a[0]);
    let cls = vm.getattr_str(
        &ns,
        if callable {
            "CallableProxyType"
        } else {
            "ProxyType"
        },
    )?;
    let cls = cls
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("bad proxy type"))?;
    new_weak(vm, cls, &a[0], a.get(1).cloned(), true)
}

/// The live referent of the proxy `self`, or `ReferenceError`.
fn referent_of(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, args, name)?;
    let w = data_of(vm, this, name)?;
    w.target.upgrade().map(Value::Obj).ok_or_else(|| {
        vm.new_error(
            &vm.types().exc.reference_error,
            "weakly-referenced object no longer exists",
        )
    })
}

fn proxy_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__getattr__")?;
    let a = rest(&args).fixed(vm, "__getattr__", 1, 1)?.to_vec();
    let name = vm.str_of(&a[0])?;
    vm.getattr_str(&o, &name)
}

fn proxy_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let w = data_of(vm, this, "__repr__")?;
    let me = crate::ops::convert::addr(this.as_obj().expect("proxy object"));
    Ok(vm.new_str(match w.target.upgrade() {
        None => format!("<weakproxy at {me}; dead>"),
        Some(o) => {
            let tname = vm.type_name(&Value::Obj(o.clone()));
            format!(
                "<weakproxy at {me}; to '{tname}' at {}>",
                crate::ops::convert::addr(&o)
            )
        }
    }))
}

fn proxy_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__str__")?;
    Ok(vm.new_str(vm.str_of(&o)?))
}

fn proxy_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__len__")?;
    Ok(Value::Int(vm.len(&o)? as i64))
}

fn proxy_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__bool__")?;
    Ok(Value::Bool(vm.truthy(&o)?))
}

fn proxy_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__eq__")?;
    let a = rest(&args).fixed(vm, "__eq__", 1, 1)?.to_vec();
    let other = upgrade(&a[0]).unwrap_or_else(|| a[0].clone());
    Ok(Value::Bool(vm.eq(&o, &other)?))
}

fn proxy_hash(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'weakref.ProxyType'"))
}

fn proxy_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = referent_of(vm, &args, "__call__")?;
    let r = rest(&args);
    vm.call(&o, r)
}

fn getweakrefcount(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "getweakrefcount", 1, 1)?;
    Ok(Value::Int(match a[0].as_obj() {
        Some(o) => Rc::weak_count(o) as i64,
        None => 0,
    }))
}

fn getweakrefs(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getweakrefs", 1, 1)?;
    Ok(vm.new_list(Vec::new()))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak reference.
fn remove_dead_weakref(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "_remove_dead_weakref", 2, 2)?;
    let v = vm.getitem(&a[0], &a[1]);
    if let Ok(v) = v {
        if let Some(Payload::WeakRef(w)) = v.as_obj().map(|o| &o.payload) {
            if w.target.upgrade().is_none() {
                vm.delitem(&a[0], &a[1])?;
            }
        }
    }
    Ok(Value::None)
}
