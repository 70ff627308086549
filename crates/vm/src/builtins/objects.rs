//! `object`'s own methods (so `super().__init__`, `object.__setattr__` and friends work),
//! `property`, `classmethod`, `staticmethod`, generator and coroutine methods (`send`,
//! `throw`, `close`), and `types.GenericAlias`.

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().object;
    method(vm, t, "__repr__", object_repr);
    method(vm, t, "__str__", object_str);
    method(vm, t, "__eq__", object_eq);
    method(vm, t, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        method(vm, t, name, object_order);
    }
    method(vm, t, "__hash__", object_hash);
    method(vm, t, "__setattr__", object_setattr);
    method(vm, t, "__getattribute__", object_getattribute);
    method(vm, t, "__delattr__", object_delattr);
    method(vm, t, "__format__", object_format);
    method(vm, t, "__dir__", object_dir);
    for t in [
        &vm.types().property,
        &vm.types().classmethod,
        &vm.types().staticmethod,
    ] {
        static_method(vm, t, "__new__", wrapper_new);
    }
    let p = &vm.types().property;
    method(vm, p, "getter", property_getter);
    method(vm, p, "setter", property_setter);
    method(vm, p, "deleter", property_deleter);
    method(vm, p, "__get__", property_get);
    for g in [&vm.types().generator, &vm.types().coroutine] {
        method(vm, g, "send", gen_send);
        method(vm, g, "throw", gen_throw);
        method(vm, g, "close", gen_close);
    }
    method(vm, &vm.types().generator, "__next__", gen_next);
    method(vm, &vm.types().generator, "__iter__", identity);
    let t = vm.types();
    for it in t.iters.all().into_iter().chain([
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ]) {
        method(vm, it, "__next__", iter_next);
        method(vm, it, "__iter__", identity);
    }
}

fn object_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    Ok(vm.new_str(vm.native_repr(this)?))
}

fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__str__")?;
    Ok(vm.new_str(vm.repr(this)?))
}

fn object_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__eq__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__eq__", 1, 1)?;
    Ok(match vm.native_compare(this, &a[0], CompareOp::Eq)? {
        Some(b) => Value::Bool(b),
        None if this.is(&a[0]) => Value::Bool(true),
        None => Value::Obj(vm.interp.not_implemented.clone()),
    })
}

/// `object.__lt__` and kin: ordering is not defined for plain objects.
fn object_order(vm: &Vm, args: Args) -> PyResult<Value> {
    self_arg(vm, &args, "__lt__")?;
    rest(&args).fixed(vm, "__lt__", 1, 1)?;
    Ok(Value::Obj(vm.interp.not_implemented.clone()))
}

/// `object.__ne__`: the inverse of `type(self).__eq__(self, other)`, passing on
/// `NotImplemented` (the reflected operation is the caller's business).
fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__ne__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__ne__", 1, 1)?;
    let eq = match crate::types::typeobj::lookup_str(vm, vm.type_of(this), "__eq__") {
        Some(m) => vm.call_method_value(&m, this, std::slice::from_ref(&a[0]))?,
        None => vm.rich_compare(this, &a[0], CompareOp::Eq)?,
    };
    if vm.is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.truthy(&eq)?))
}

fn object_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__hash__")?;
    Ok(Value::Int(match this {
        Value::Obj(o) => crate::ops::convert::pointer_hash(o),
        other => vm.hash(other)?,
    }))
}

fn name_arg(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(vm.intern(s.as_str())),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__setattr__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__setattr__", 2, 2)?;
    let name = name_arg(vm, &a[0])?;
    let key = name.as_str().map_or("", |s| s.as_str()).to_string();
    vm.generic_setattr(this, &name, Some(a[1].clone()))
        .map_err(|e| e.unwrap_or_else(|| vm.no_attribute(this, &key)))?;
    Ok(Value::None)
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__delattr__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__delattr__", 1, 1)?;
    let name = name_arg(vm, &a[0])?;
    let key = name.as_str().map_or("", |s| s.as_str()).to_string();
    vm.generic_setattr(this, &name, None)
        .map_err(|e| e.unwrap_or_else(|| vm.no_attribute(this, &key)))?;
    Ok(Value::None)
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getattribute__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__getattribute__", 1, 1)?;
    let name = name_arg(vm, &a[0])?;
    match vm.generic_getattr(this, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(this, name.as_str().map_or("", |s| s.as_str()))),
    }
}

fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__format__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__format__", 1, 1)?;
    let spec = vm.str_of(&a[0])?;
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(this)
        )));
    }
    Ok(vm.new_str(vm.str_of(this)?))
}

fn object_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__dir__")?.clone();
    let dir = vm.builtin("dir")?;
    // `dir()` on the object without its own `__dir__` override.
    let keys: Vec<Value> = match this.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) => d.as_dict().map(|c| c.borrow().keys()).unwrap_or_default(),
        None => Vec::new(),
    };
    let _ = dir;
    Ok(vm.new_list(keys))
}

/// `property(fget, fset, fdel, doc)`, `classmethod(f)`, `staticmethod(f)`.
fn wrapper_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::constructors::cls_arg(vm, &args, "property")?;
    let r = rest(&args);
    let payload = if crate::types::typeobj::is_subtype(&cls, &vm.types().property) {
        r.only_kwargs(vm, "property", &["fget", "fset", "fdel", "doc"])?;
        let a = r.count(vm, "property", 0, 4)?;
        let get = |i: usize, k: &str| a.get(i).or(r.kwarg(k)).cloned().unwrap_or(Value::None);
        let fget = get(0, "fget");
        let mut doc = get(3, "doc");
        if doc.is_none() && !fget.is_none() {
            doc = vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None);
        }
        Payload::Property(Box::new(crate::object::PropertyData::new(
            [fget, get(1, "fset"), get(2, "fdel"), doc],
            None,
        )))
    } else {
        let name = crate::types::typeobj::data(&cls).name();
        let a = r.fixed(vm, &name, 1, 1)?;
        if crate::types::typeobj::is_subtype(&cls, &vm.types().classmethod) {
            Payload::ClassMethod(a[0].clone())
        } else {
            Payload::StaticMethod(a[0].clone())
        }
    };
    Ok(Value::Obj(crate::builtins::constructors::alloc(
        vm, &cls, payload,
    )))
}

fn property_with(vm: &Vm, args: Args, name: &str, slot: usize) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 1)?;
    let Some(Payload::Property(p)) = this.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    let mut parts = p.parts.clone();
    parts[slot] = a[0].clone();
    let cls = this
        .as_obj()
        .map(|o| o.class().clone())
        .unwrap_or_else(|| vm.types().property.clone());
    Ok(Value::Obj(PyObject::new(
        cls,
        Payload::Property(Box::new(crate::object::PropertyData::new(
            parts,
            p.name.borrow().clone(),
        ))),
    )))
}

fn property_getter(vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, "getter", 0)
}

fn property_setter(vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, "setter", 1)
}

fn property_deleter(vm: &Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, "deleter", 2)
}

fn property_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__get__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(this);
    }
    vm.bind(&this, &a[0])
}

fn gen_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match self_arg(vm, args, name)? {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'generator' object but received a '{}'",
            vm.type_name(other)
        ))),
    }
}

pub(crate) fn finish(vm: &Vm, r: crate::ops::iter::SendResult) -> PyResult<Value> {
    match r {
        crate::ops::iter::SendResult::Yield(v) => Ok(v),
        crate::ops::iter::SendResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "send")?;
    let r = rest(&args);
    let a = r.fixed(vm, "send", 1, 1)?;
    let res = vm.gen_resume(g, a[0].clone(), None)?;
    finish(vm, res)
}

fn gen_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "__next__")?;
    let res = vm.gen_resume(g, Value::None, None)?;
    finish(vm, res)
}

fn gen_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "throw")?;
    let r = rest(&args);
    let a = r.fixed(vm, "throw", 1, 3)?;
    let exc = make_throw_exception(vm, a)?;
    let res = vm.gen_throw(g, exc)?;
    finish(vm, res)
}

/// The exception `gen.throw(typ[, val[, tb]])` raises inside the generator.
pub(crate) fn make_throw_exception(vm: &Vm, a: &[Value]) -> PyResult<PyErr> {
    let typ = &a[0];
    if vm.is_exception(typ) {
        if a.len() > 1 && !a[1].is_none() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        return Ok(PyErr(typ.as_obj().cloned().expect("exception object")));
    }
    if let Some(t) = typ.as_obj().filter(|o| o.as_type().is_some()) {
        if crate::types::typeobj::is_subtype(t, &vm.types().exc.base_exception) {
            let args: Vec<Value> = match a.get(1) {
                None | Some(Value::None) => vec![],
                Some(v) if vm.is_exception(v) => {
                    return Ok(PyErr(v.as_obj().cloned().expect("exception")))
                }
                Some(v) => match v.as_obj().and_then(|o| o.as_tuple()) {
                    Some(t) => t.to_vec(),
                    None => vec![v.clone()],
                },
            };
            let e = vm.call_positional(typ, &args)?;
            return Ok(PyErr(e.as_obj().cloned().expect("exception object")));
        }
    }
    Err(vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        vm.type_name(typ)
    )))
}

fn gen_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "close")?;
    vm.gen_close(g)
}

fn identity(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_arg(vm, &args, "__iter__")?.clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = self_arg(vm, &args, "__next__")?;
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `list[int]`: a generic alias object.
pub fn new_generic_alias(vm: &Vm, origin: &PyRef, args: &Value) -> Value {
    Value::Obj(PyObject::new(
        vm.types().generic_alias.clone(),
        Payload::GenericAlias {
            origin: origin.clone(),
            args: args.clone(),
        },
    ))
}
