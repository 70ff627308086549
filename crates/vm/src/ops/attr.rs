//! Attribute access: `object.__getattribute__` / `type.__getattribute__` semantics with
//! data and non-data descriptors, instance dicts, `__getattr__` fallback, and the built-in
//! attributes of built-in objects (`__name__`, `__class__`, `args`, ...).

use crate::object::{Payload, PyObject};
use crate::types::typeobj::{self, data, lookup};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Whether a class attribute is a data descriptor (wins over the instance dict).
fn is_data_descriptor(vm: &Vm, v: &Value) -> bool {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Property(_) | Payload::Member(_)) => true,
        Some(_) => {
            let cls = vm.type_of(v);
            data(cls).heap
                && (typeobj::lookup_str(vm, cls, "__set__").is_some()
                    || typeobj::lookup_str(vm, cls, "__delete__").is_some())
        }
        None => false,
    }
}

impl Vm {
    /// Binds a class attribute to `obj` as `descr.__get__(obj, type(obj))` would.
    pub fn bind(&self, descr: &Value, obj: &Value) -> PyResult<Value> {
        let Value::Obj(d) = descr else {
            return Ok(descr.clone());
        };
        Ok(match &d.payload {
            Payload::Function(_) => Value::Obj(PyObject::new(
                self.types().method.clone(),
                Payload::Method {
                    func: descr.clone(),
                    self_: obj.clone(),
                },
            )),
            Payload::Builtin(b) if b.owner.is_some() && b.self_.is_none() => {
                Value::Obj(PyObject::new(
                    self.types().builtin_function.clone(),
                    Payload::Builtin(Box::new(crate::types::function::Builtin {
                        name: b.name,
                        func: b.func,
                        self_: Some(obj.clone()),
                        owner: b.owner.clone(),
                        module: b.module,
                    })),
                ))
            }
            Payload::ClassMethod(f) => Value::Obj(PyObject::new(
                self.types().method.clone(),
                Payload::Method {
                    func: f.clone(),
                    self_: Value::Obj(self.type_of(obj).clone()),
                },
            )),
            Payload::StaticMethod(f) => f.clone(),
            Payload::Member(m) => crate::builtins::slots::get(self, m, obj)?,
            Payload::Property(p) => {
                if p[0].is_none() {
                    let owner = data(self.type_of(obj)).qualname.borrow().clone();
                    let msg = match &*p.name.borrow() {
                        Some(n) => {
                            format!(
                                "property {} of '{owner}' object has no getter",
                                self.repr(n)?
                            )
                        }
                        None => format!("property of '{owner}' object has no getter"),
                    };
                    return Err(self.attribute_error_plain(&msg));
                }
                self.call_positional(&p[0], std::slice::from_ref(obj))?
            }
            _ => {
                let cls = self.type_of(descr).clone();
                if data(&cls).heap {
                    if let Some(get) = typeobj::lookup_str(self, &cls, "__get__") {
                        let owner = Value::Obj(self.type_of(obj).clone());
                        return self.call_method_value(&get, descr, &[obj.clone(), owner]);
                    }
                }
                descr.clone()
            }
        })
    }

    pub fn attribute_error_plain(&self, msg: &str) -> crate::vm::PyErr {
        self.new_error(&self.types().exc.attribute_error, msg.to_string())
    }

    /// The `AttributeError` for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        let msg = match obj.as_obj().map(|o| &o.payload) {
            Some(Payload::Module) => {
                let mname = obj
                    .as_obj()
                    .and_then(|o| o.dict.clone())
                    .and_then(|d| self.dict_get_str(&d, "__name__").ok().flatten())
                    .and_then(|n| self.str_of(&n).ok())
                    .unwrap_or_else(|| "?".into());
                format!("module '{mname}' has no attribute '{name}'")
            }
            Some(Payload::Type(t)) => {
                format!("type object '{}' has no attribute '{name}'", t.name())
            }
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        let err = self.new_error(&self.types().exc.attribute_error, msg);
        if let Some(d) = &err.0.dict {
            self.dict_set_str(d, "name", self.new_str(name));
            self.dict_set_str(d, "obj", obj.clone());
        }
        err
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&self, obj: &Value, name: &PyRef) -> PyResult<Value> {
        let cls = self.type_of(obj).clone();
        let hooks = typeobj::hooks(self, &cls);
        if hooks & typeobj::HOOK_GETATTRIBUTE != 0 {
            if let Some(ga) = typeobj::lookup_str(self, &cls, "__getattribute__") {
                if matches!(ga.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
                    let r = self.call_method_value(&ga, obj, &[Value::Obj(name.clone())]);
                    // An AttributeError from `__getattribute__` falls back to `__getattr__`.
                    if let Err(e) = &r {
                        if self.err_matches(e, &self.types().exc.attribute_error) {
                            if let Some(g) = typeobj::lookup_str(self, &cls, "__getattr__") {
                                return self.call_method_value(
                                    &g,
                                    obj,
                                    &[Value::Obj(name.clone())],
                                );
                            }
                        }
                    }
                    return r;
                }
            }
        }
        match self.generic_getattr(obj, name)? {
            Some(v) => Ok(v),
            None => {
                if hooks & typeobj::HOOK_GETATTR != 0 {
                    if let Some(ga) = typeobj::lookup_str(self, &cls, "__getattr__") {
                        return self.call_method_value(&ga, obj, &[Value::Obj(name.clone())]);
                    }
                }
                // A module's own `__getattr__` (PEP 562).
                if let Some(o) = obj
                    .as_obj()
                    .filter(|o| matches!(o.payload, Payload::Module))
                {
                    if let Some(d) = &o.dict {
                        if let Some(ga) = self.dict_get_str(d, "__getattr__")? {
                            return self.call_positional(&ga, &[Value::Obj(name.clone())]);
                        }
                    }
                }
                Err(self.no_attribute(obj, name.as_str().map_or("", |s| s.as_str())))
            }
        }
    }

    /// `getattr(obj, name)` by a Rust string.
    pub fn getattr_str(&self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr(obj, &self.intern(name))
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for classes); `None` when
    /// missing.
    pub fn generic_getattr(&self, obj: &Value, name: &PyRef) -> PyResult<Option<Value>> {
        let key = name.as_str().map_or("", |s| s.as_str());
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(_) => return self.type_getattr(o, name),
                Payload::Super { class, obj: inner } if key != "__class__" => {
                    if let Some(v) = self.super_getattr(class, inner, name)? {
                        return Ok(Some(v));
                    }
                }
                _ => {}
            }
        }
        let cls = self.type_of(obj).clone();
        let descr = lookup(self, &cls, name);
        if let Some(d) = &descr {
            if is_data_descriptor(self, d) {
                return self.bind(d, obj).map(Some);
            }
        }
        // `__class__` and `__dict__` are data descriptors in CPython (on `object` and on
        // each class): they win over an instance dict entry of the same name.
        if descr.is_none() && matches!(key, "__class__" | "__dict__") {
            if let Some(v) = crate::builtins::attrs::native_attr(self, obj, key)? {
                return Ok(Some(v));
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                if !matches!(o.payload, Payload::Type(_)) {
                    if let Some(v) = self.dict_get_name(dict, name)? {
                        return Ok(Some(v));
                    }
                }
            }
        }
        if let Some(d) = descr {
            return self.bind(&d, obj).map(Some);
        }
        let v = crate::builtins::attrs::native_attr(self, obj, key)?;
        if v.is_none() && key == "__doc__" {
            // Every object has a `__doc__` (its type's); pyvm's built-in types have none.
            return Ok(Some(Value::None));
        }
        Ok(v)
    }

    /// `type.__getattribute__`: the class's MRO (descriptors bound to `None`), then the
    /// metaclass.
    fn type_getattr(&self, t: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        let key = name.as_str().map_or("", |s| s.as_str());
        let meta = t.class().clone();
        let meta_attr = lookup(self, &meta, name);
        if let Some(m) = &meta_attr {
            if is_data_descriptor(self, m) {
                return self.bind(m, &Value::Obj(t.clone())).map(Some);
            }
        }
        if let Some(v) = lookup(self, t, name) {
            return Ok(Some(match v.as_obj().map(|o| &o.payload) {
                Some(Payload::ClassMethod(f)) => Value::Obj(PyObject::new(
                    self.types().method.clone(),
                    Payload::Method {
                        func: f.clone(),
                        self_: Value::Obj(t.clone()),
                    },
                )),
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::Property(_)) => v,
                Some(_) if data(self.type_of(&v)).heap => {
                    let cls = self.type_of(&v).clone();
                    match typeobj::lookup_str(self, &cls, "__get__") {
                        Some(get) => {
                            self.call_method_value(&get, &v, &[Value::None, Value::Obj(t.clone())])?
                        }
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        if let Some(r) = crate::builtins::attrs::native_attr(self, &Value::Obj(t.clone()), key)? {
            return Ok(Some(r));
        }
        if let Some(m) = meta_attr {
            return self.bind(&m, &Value::Obj(t.clone())).map(Some);
        }
        Ok(None)
    }

    /// `LOAD_METHOD`'s lookup: `(Some(function), _)` when `obj.name` is a method defined on
    /// the type and not shadowed by the instance, else `(None, obj.name)`.
    pub fn get_method(&self, obj: &Value, name: &PyRef) -> PyResult<(Option<Value>, Value)> {
        let cls = self.type_of(obj).clone();
        let plain_getattribute = typeobj::hooks(self, &cls) & typeobj::HOOK_GETATTRIBUTE == 0;
        if plain_getattribute
            && !matches!(
                obj.as_obj().map(|o| &o.payload),
                Some(Payload::Type(_) | Payload::Super { .. })
            )
        {
            if let Some(d) = lookup(self, &cls, name) {
                let is_method = match d.as_obj().map(|o| &o.payload) {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => b.owner.is_some() && b.self_.is_none(),
                    _ => false,
                };
                if is_method {
                    let shadowed = match obj.as_obj().and_then(|o| o.dict.as_ref()) {
                        Some(dict) => self.dict_get_name(dict, name)?.is_some(),
                        None => false,
                    };
                    if !shadowed {
                        return Ok((Some(d), Value::None));
                    }
                }
            }
        }
        Ok((None, self.getattr(obj, name)?))
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&self, obj: &Value, name: &PyRef, value: Value) -> PyResult<()> {
        let cls = self.type_of(obj).clone();
        if typeobj::hooks(self, &cls) & typeobj::HOOK_SETATTR != 0 {
            if let Some(sa) = typeobj::lookup_str(self, &cls, "__setattr__") {
                if matches!(sa.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
                    self.call_method_value(&sa, obj, &[Value::Obj(name.clone()), value])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, Some(value)).map_err(|e| {
            e.unwrap_or_else(|| self.setattr_error(obj, name.as_str().map_or("", |s| s.as_str())))
        })
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&self, obj: &Value, name: &PyRef) -> PyResult<()> {
        let key = name.as_str().map_or("", |s| s.as_str()).to_string();
        let cls = self.type_of(obj).clone();
        if data(&cls).heap {
            if let Some(da) = typeobj::lookup_str(self, &cls, "__delattr__") {
                if matches!(da.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
                    self.call_method_value(&da, obj, &[Value::Obj(name.clone())])?;
                    return Ok(());
                }
            }
        }
        match self.generic_setattr(obj, name, None) {
            Ok(()) => Ok(()),
            Err(Some(e)) => Err(e),
            Err(None) => Err(self.no_attribute(obj, &key)),
        }
    }

    fn setattr_error(&self, obj: &Value, key: &str) -> crate::vm::PyErr {
        match obj.as_obj().map(|o| &o.payload) {
            Some(Payload::Type(t)) if !t.heap => self.type_error(format!(
                "cannot set '{key}' attribute of immutable type '{}'",
                t.name()
            )),
            _ => self.no_attribute(obj, key),
        }
    }

    /// `object.__setattr__` / `__delattr__` (value `None`). `Err(None)`: no such attribute
    /// or no place to store it.
    pub fn generic_setattr(
        &self,
        obj: &Value,
        name: &PyRef,
        value: Option<Value>,
    ) -> Result<(), Option<crate::vm::PyErr>> {
        let cls = self.type_of(obj).clone();
        if let Some(d) = lookup(self, &cls, name) {
            if let Some(Payload::Member(m)) = d.as_obj().map(|o| &o.payload) {
                return crate::builtins::slots::set(self, m, obj, value).map_err(Some);
            }
            if let Some(Payload::Property(p)) = d.as_obj().map(|o| &o.payload) {
                let (f, args) = match &value {
                    Some(v) => (&p[1], vec![obj.clone(), v.clone()]),
                    None => (&p[2], vec![obj.clone()]),
                };
                if f.is_none() {
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    let owner = data(&cls).qualname.borrow().clone();
                    let msg = match &*p.name.borrow() {
                        Some(n) => format!(
                            "property {} of '{owner}' object has no {what}",
                            self.repr(n).map_err(Some)?
                        ),
                        None => format!("property of '{owner}' object has no {what}"),
                    };
                    return Err(Some(self.attribute_error_plain(&msg)));
                }
                return self.call_positional(f, &args).map(|_| ()).map_err(Some);
            }
            if is_data_descriptor(self, &d) {
                let dcls = self.type_of(&d).clone();
                let (m, args) = match &value {
                    Some(v) => ("__set__", vec![obj.clone(), v.clone()]),
                    None => ("__delete__", vec![obj.clone()]),
                };
                if let Some(f) = typeobj::lookup_str(self, &dcls, m) {
                    return self
                        .call_method_value(&f, &d, &args)
                        .map(|_| ())
                        .map_err(Some);
                }
            }
        }
        let key = name.as_str().map_or("", |s| s.as_str());
        if key == "__class__" {
            return crate::builtins::attrs::set_class(self, obj, value.as_ref()).map_err(Some);
        }
        let Value::Obj(o) = obj else {
            return Err(None);
        };
        let special = match &o.payload {
            Payload::Function(f) => {
                crate::builtins::attrs::set_function_attr(self, f, key, value.as_ref())
            }
            Payload::Exception(e) => {
                crate::builtins::attrs::set_exception_attr(self, e, key, value.as_ref())
            }
            Payload::Property(p) if key == "__doc__" => {
                *p.doc.borrow_mut() = Some(value.clone().unwrap_or(Value::None));
                Some(Ok(()))
            }
            _ => None,
        };
        if let Some(r) = special {
            return r.map_err(Some);
        }
        if let (Payload::Type(t), false) = (&o.payload, value.is_none()) {
            if !t.heap {
                return Err(None);
            }
        }
        let Some(dict) = &o.dict else {
            return Err(None);
        };
        if value.is_some()
            && crate::builtins::classes::slot_forbids(
                &cls,
                name.as_str().map_or("", |s| s.as_str()),
            )
        {
            return Err(None);
        }
        if let (Payload::Function(f), Some(v)) = (&o.payload, &value) {
            let key = name.as_str().map_or("", |s| s.as_str());
            match key {
                // The defaults live in the function, where calls read them.
                "__defaults__" | "__kwdefaults__" => {
                    let (slot, want_tuple) = if key == "__defaults__" {
                        (&f.defaults, true)
                    } else {
                        (&f.kwdefaults, false)
                    };
                    let ok = match v.as_obj().map(|x| &x.payload) {
                        _ if v.is_none() => true,
                        Some(Payload::Tuple(_)) => want_tuple,
                        Some(Payload::Dict(_)) => !want_tuple,
                        _ => false,
                    };
                    if !ok {
                        let what = if want_tuple { "tuple" } else { "dict" };
                        return Err(Some(
                            self.type_error(format!("{key} must be set to a {what} object")),
                        ));
                    }
                    *slot.borrow_mut() = v.as_obj().cloned();
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Payload::Type(t) = &o.payload {
            let key = name.as_str().map_or("", |s| s.as_str());
            if let (Some(v), "__name__" | "__qualname__") = (&value, key) {
                // A class's name lives in the type, not in its `__dict__`.
                let Some(text) = v.as_obj().and_then(|s| s.as_str()) else {
                    return Err(Some(self.type_error(format!(
                        "can only assign string to {}.{key}, not '{}'",
                        t.name(),
                        self.type_name(v)
                    ))));
                };
                let text = text.as_str().to_string();
                if key == "__name__" {
                    *t.name.borrow_mut() = text;
                } else {
                    *t.qualname.borrow_mut() = text;
                }
                return Ok(());
            }
            t.version.set(t.version.get() + 1);
            self.interp.method_cache.invalidate();
            crate::gc::finalize::class_changed();
        }
        match value {
            Some(v) => self.dict_set_name(dict, name, v).map_err(Some),
            None => match dict.as_dict() {
                Some(cell) => match crate::dict::remove(self, cell, &Value::Obj(name.clone())) {
                    Ok(Some(_)) => Ok(()),
                    Ok(None) => Err(None),
                    Err(e) => Err(Some(e)),
                },
                None => Err(None),
            },
        }
    }

    /// `hasattr`-style lookup: `None` on AttributeError.
    pub fn getattr_opt(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
