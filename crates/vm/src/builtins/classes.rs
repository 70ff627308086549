//! Classes: `__build_class__` (the `class` statement), `type(name, bases, ns)` and
//! `type.__new__` (layout and base checks, the C3 MRO, `__qualname__`, `__classcell__`,
//! `__hash__ = None` beside `__eq__`, `__set_name__`, `__init_subclass__`), metaclass
//! selection and `__prepare__`, `type.__call__`, and `super`.

use crate::builtins::{method, rest, self_arg, static_method};
use crate::eval::{run_frame, Exit};
use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::ops::number::user_method;
use crate::types::function::Args;
use crate::types::typeobj::{self, c3_mro, data, is_subtype, solid_layout, TypeData};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    static_method(vm, &t.type_, "__new__", type_new);
    method(vm, &t.type_, "__init__", type_init);
    method(vm, &t.type_, "__call__", type_call);
    method(vm, &t.type_, "mro", type_mro);
    method(vm, &t.type_, "__subclasses__", type_subclasses);
    crate::builtins::class_method(vm, &t.object, "__init_subclass__", object_init_subclass);
    static_method(vm, &t.super_, "__new__", super_new);
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let Some(Payload::Function(f)) = func.as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = pos[1].clone();
    if name.as_obj().and_then(|o| o.as_str()).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = pos[2..].to_vec();
    let bases = resolve_bases(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(Value::Obj(vm.intern(k)));
            kw_values.push(v.clone());
        }
    }
    // CPython's `builtin___build_class__`: an explicit metaclass that is a class, or the
    // type of the first base, is refined to the most derived metaclass.
    let meta = match meta {
        Some(m) => match m.as_obj().filter(|o| o.as_type().is_some()) {
            Some(t) => Value::Obj(most_derived_meta(vm, t, &bases)?),
            None => m,
        },
        None => match bases.first() {
            Some(b) => Value::Obj(most_derived_meta(vm, &vm.type_of(b).clone(), &bases)?),
            None => Value::Obj(vm.types().type_.clone()),
        },
    };
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(prep) => {
            let mut values = vec![name.clone(), bases_tuple.clone()];
            values.extend(kw_values.iter().cloned());
            vm.call(
                &prep,
                Args {
                    values: &values,
                    kwnames: &kw_names,
                },
            )?
        }
        None => Value::Obj(vm.new_dict()),
    };
    let Value::Obj(ns_obj) = &ns else {
        return Err(vm.type_error("__prepare__() must return a mapping"));
    };
    // Run the class body with the namespace as its locals.
    let mut frame = Frame::new(
        f.code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns_obj.clone()),
    );
    frame.closure = f.closure.clone();
    vm.enter_call()?;
    let r = run_frame(vm, &mut frame);
    vm.leave_call();
    let cell = match r? {
        Exit::Return(v) | Exit::Yield(v) => v,
    };
    if orig_bases.len() != bases.len() || orig_bases.iter().zip(&bases).any(|(a, b)| !a.is(b)) {
        vm.setitem(
            &ns,
            Value::Obj(vm.intern("__orig_bases__")),
            vm.new_tuple(orig_bases),
        )?;
    }
    let mut values = vec![name, bases_tuple, ns.clone()];
    values.extend(kw_values);
    let cls = vm.call(
        &meta,
        Args {
            values: &values,
            kwnames: &kw_names,
        },
    )?;
    if let Some(Payload::Cell(c)) = cell.as_obj().map(|o| &o.payload) {
        let current = c.borrow().clone();
        if current.is_none() {
            *c.borrow_mut() = Some(cls.clone());
        }
    }
    Ok(cls)
}

/// Applies `__mro_entries__` of non-class bases (PEP 560).
fn resolve_bases(vm: &Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for b in bases {
        if b.as_obj().is_some_and(|o| o.as_type().is_some()) {
            out.push(b.clone());
            continue;
        }
        match vm.getattr_opt(b, "__mro_entries__")? {
            Some(m) => {
                let r = vm.call_positional(&m, &[vm.new_tuple(bases.to_vec())])?;
                out.extend(vm.collect(&r)?);
            }
            None => out.push(b.clone()),
        }
    }
    Ok(out)
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
fn most_derived_meta(vm: &Vm, meta: &PyRef, bases: &[Value]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = vm.type_of(b).clone();
        if is_subtype(&winner, &bm) {
            continue;
        }
        if is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn type_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let meta = crate::builtins::constructors::cls_arg(vm, &args, "type")?;
    let pos = &args.pos()[1..];
    if pos.len() == 1 && args.kwnames.is_empty() {
        return Ok(Value::Obj(vm.type_of(&pos[0]).clone()));
    }
    if pos.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = match pos[0].as_obj().and_then(|o| o.as_str()) {
        Some(s) => s.as_str().to_string(),
        None => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&pos[0])
            )))
        }
    };
    let Some(bases_t) = pos[1].as_obj().and_then(|o| o.as_tuple()) else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&pos[1])
        )));
    };
    let Some(ns_src) = pos[2].as_obj().filter(|o| o.as_dict().is_some()) else {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[2])
        )));
    };
    // The most derived metaclass of `meta` and the bases' types; when it is not `meta`
    // and defines its own `__new__`, it builds the class (`type("X", (Base,), {})` with a
    // metaclass on `Base`).
    let winner = most_derived_meta(vm, &meta, bases_t)?;
    let meta = if std::rc::Rc::ptr_eq(&winner, &meta) {
        meta
    } else {
        if let Some(new) = user_method(vm, &winner, "__new__") {
            let new = match new.as_obj().map(|o| &o.payload) {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut values = vec![Value::Obj(winner.clone())];
            values.extend_from_slice(&args.values[1..]);
            return vm.call(
                &new,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            );
        }
        winner
    };
    let mut bases = Vec::new();
    for b in bases_t.iter() {
        match b.as_obj().filter(|o| o.as_type().is_some()) {
            Some(t) => {
                if !data(t).base_ok {
                    return Err(vm.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        data(t).name()
                    )));
                }
                bases.push(t.clone());
            }
            None => return Err(vm.type_error("bases must be types")),
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| std::rc::Rc::ptr_eq(x, b)) {
            return Err(vm.type_error(format!("duplicate base class {}", data(b).name())));
        }
    }
    // `type(name, bases, ns, **kw)` with a base whose metaclass is more derived and has its
    // own `__new__` (an Enum base, say): that metaclass makes the class, as in CPython.
    let mut winner = meta.clone();
    for b in &bases {
        let bm = b.class().clone();
        if crate::types::typeobj::is_subtype(&bm, &winner) {
            winner = bm;
        }
    }
    if !std::rc::Rc::ptr_eq(&winner, &meta) {
        let own_new = crate::types::typeobj::lookup_str(vm, &winner, "__new__");
        let type_new = crate::types::typeobj::lookup_str(vm, &vm.types().type_.clone(), "__new__");
        if !matches!((&own_new, &type_new), (Some(a), Some(b)) if a.is(b)) {
            return vm.call(&Value::Obj(winner), rest(&args));
        }
    }
    if bases.is_empty() {
        bases.push(vm.types().object.clone());
    }
    let layout = solid_layout(vm, &bases)?;
    let ns = crate::builtins::dicts::copy(vm, ns_src)?;
    let qualname = match vm.dict_get_str(&ns, "__qualname__")? {
        Some(q) => {
            let key = vm.new_str("__qualname__");
            if let Some(c) = ns.as_dict() {
                crate::dict::remove(vm, c, &key)?;
            }
            match q.as_obj().and_then(|o| o.as_str()) {
                Some(s) => s.as_str().to_string(),
                None => {
                    return Err(vm.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        vm.type_name(&q)
                    )))
                }
            }
        }
        None => name.clone(),
    };
    let classcell = vm.dict_get_str(&ns, "__classcell__")?;
    if classcell.is_some() {
        if let Some(c) = ns.as_dict() {
            crate::dict::remove(vm, c, &vm.new_str("__classcell__"))?;
        }
    }
    if vm.dict_get_str(&ns, "__eq__")?.is_some() && vm.dict_get_str(&ns, "__hash__")?.is_none() {
        vm.dict_set_str(&ns, "__hash__", Value::None);
    }
    if vm.dict_get_str(&ns, "__doc__")?.is_none() {
        vm.dict_set_str(&ns, "__doc__", Value::None);
    }
    if vm.dict_get_str(&ns, "__module__")?.is_none() {
        if let Some(g) = vm.current_globals() {
            if let Some(m) = vm.dict_get_str(&g, "__name__")? {
                vm.dict_set_str(&ns, "__module__", m);
            }
        }
    }
    // `__init_subclass__` and `__class_getitem__` are implicitly class methods.
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = vm.dict_get_str(&ns, implicit)? {
            if matches!(f.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
                vm.dict_set_str(
                    &ns,
                    implicit,
                    Value::Obj(PyObject::new(
                        vm.types().classmethod.clone(),
                        Payload::ClassMethod(f),
                    )),
                );
            }
        }
    }
    if let Some(f) = vm.dict_get_str(&ns, "__new__")? {
        if matches!(f.as_obj().map(|o| &o.payload), Some(Payload::Function(_))) {
            vm.dict_set_str(
                &ns,
                "__new__",
                Value::Obj(PyObject::new(
                    vm.types().staticmethod.clone(),
                    Payload::StaticMethod(f),
                )),
            );
        }
    }
    let mut td = TypeData::new(&name, bases.clone(), layout, true);
    *td.qualname.get_mut() = qualname;
    let inherited_slots = crate::builtins::slots::inherited_slot_count(&bases);
    td.slot_count.set(inherited_slots);
    if let Some(slots) = vm.dict_get_str(&ns, "__slots__")? {
        let (names, names_dict) = crate::builtins::slots::parse_slots(vm, &name, &slots, &ns)?;
        let inherits_dict = bases
            .iter()
            .any(|b| data(b).heap && data(b).slots.borrow().is_none());
        if names_dict && inherits_dict {
            return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
        }
        crate::builtins::slots::add_members(vm, &name, &names, inherited_slots, &ns);
        td.slot_count.set(inherited_slots + names.len());
        if !names_dict && !inherits_dict {
            *td.slots.get_mut() = Some(names);
        }
    }
    let cls = typeobj::new_type(&meta, td, ns.clone());
    // Attribute-site caches remember a class by its address and the epoch: a new class
    // (possibly at a freed class's address) must move the epoch.
    vm.interp.method_cache.invalidate();
    let mro = c3_mro(vm, &cls, &bases)?;
    *data(&cls).mro.borrow_mut() = mro;
    if let Some(Value::Obj(cell)) = &classcell {
        if let Payload::Cell(c) = &cell.payload {
            *c.borrow_mut() = Some(Value::Obj(cls.clone()));
        } else {
            return Err(vm.type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                vm.type_name(&Value::Obj(cell.clone()))
            )));
        }
    }
    let cls_v = Value::Obj(cls.clone());
    // `__set_name__` on the new class's attributes.
    let entries: Vec<(Value, Value)> = ns
        .as_dict()
        .map(|d| {
            d.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
        .unwrap_or_default();
    for (k, v) in entries {
        if let Some(Payload::Property(p)) = v.as_obj().map(|o| &o.payload) {
            *p.name.borrow_mut() = Some(k.clone());
        }
        let vcls = vm.type_of(&v).clone();
        if let Some(m) = user_method(vm, &vcls, "__set_name__") {
            vm.call_method_value(&m, &v, &[cls_v.clone(), k])?;
        }
    }
    // `super(cls, cls).__init_subclass__(**kwds)`.
    let mro = data(&cls).mro.borrow().clone();
    for t in mro.iter().skip(1) {
        let Some(d) = &t.dict else { continue };
        if let Some(m) = vm.dict_get_str(d, "__init_subclass__")? {
            let f = match m.as_obj().map(|o| &o.payload) {
                Some(Payload::ClassMethod(f)) => f.clone(),
                _ => m,
            };
            let mut values = vec![cls_v.clone()];
            values.extend_from_slice(&args.values[args.values.len() - args.kwnames.len()..]);
            vm.call(
                &f,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            )?;
            break;
        }
    }
    Ok(cls_v)
}

fn type_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args)`: what calling a class does by default.
fn type_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "__call__")?.clone();
    let Some(c) = cls.as_obj().filter(|o| o.as_type().is_some()).cloned() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.instantiate(&c, rest(&args))
}

fn type_mro(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "mro")?;
    let Some(c) = cls.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let mro = data(c)
        .mro
        .borrow()
        .iter()
        .map(|t| Value::Obj(t.clone()))
        .collect();
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "__subclasses__")?;
    let Some(t) = cls.as_obj().and_then(|o| o.as_type()) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let subs = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(subs))
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let cls = args
            .values
            .first()
            .map(|c| {
                vm.str_of(&vm.getattr_str(c, "__name__").unwrap_or(Value::None))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// Whether instances of `cls` may not get attribute `name`: every heap class in the chain
/// declares `__slots__` and none names it.
pub fn slot_forbids(cls: &PyRef, name: &str) -> bool {
    let mro = data(cls).mro.borrow();
    let mut any = false;
    for t in mro.iter().filter(|t| data(t).heap) {
        match &*data(t).slots.borrow() {
            None => return false,
            Some(names) => {
                any = true;
                if names.iter().any(|n| n == name) {
                    return false;
                }
            }
        }
    }
    any
}

/// The `TypeError` message for instantiating a class with abstract methods, if any.
pub fn abstract_methods(vm: &Vm, cls: &PyRef) -> PyResult<Option<String>> {
    // Asked at every instantiation: the flags cached on a class (or an MRO lookup) answer
    // "no" for almost every class without hashing the name; the class's own dict is a
    // subset of its MRO.
    let may_be_abstract = if data(cls).heap {
        typeobj::hooks(vm, cls) & typeobj::HOOK_ABSTRACT != 0
    } else {
        typeobj::lookup_str(vm, cls, "__abstractmethods__").is_some()
    };
    if !may_be_abstract {
        return Ok(None);
    }
    let Some(d) = &cls.dict else { return Ok(None) };
    let Some(names) = vm.dict_get_str(d, "__abstractmethods__")? else {
        return Ok(None);
    };
    let mut names: Vec<String> = vm
        .collect(&names)?
        .iter()
        .map(|n| vm.str_of(n))
        .collect::<PyResult<_>>()?;
    if names.is_empty() {
        return Ok(None);
    }
    names.sort();
    // 3.11 lists the names bare (3.12 added quotes).
    Ok(Some(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        data(cls).name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

/// `super(type, obj)` (the zero-argument form is resolved by the caller's frame; see
/// `eval::calls`).
fn super_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = rest(&args);
    let a = rest.fixed(vm, "super", 0, 2)?;
    if a.is_empty() {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Some(t) = a[0].as_obj().filter(|o| o.as_type().is_some()).cloned() else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&a[0])
        )));
    };
    let obj = a.get(1).cloned().unwrap_or(Value::None);
    if a.len() == 2 {
        let ok = match obj.as_obj().filter(|o| o.as_type().is_some()) {
            Some(ot) if is_subtype(ot, &t) => true,
            _ => is_subtype(vm.type_of(&obj), &t),
        };
        if !ok {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    Ok(Value::Obj(PyObject::new(
        vm.types().super_.clone(),
        Payload::Super { class: t, obj },
    )))
}

impl Vm {
    /// The default instantiation: `__new__` then `__init__` (what `type.__call__` does).
    pub fn instantiate(&self, cls: &PyRef, args: Args) -> PyResult<Value> {
        if let Some(r) = self.instantiate_plain(cls, args) {
            return r;
        }
        let new = typeobj::lookup_str(self, cls, "__new__").ok_or_else(|| {
            self.type_error(format!("cannot create '{}' instances", data(cls).name()))
        })?;
        let new = match new.as_obj().map(|o| &o.payload) {
            Some(Payload::StaticMethod(f)) => f.clone(),
            _ => new,
        };
        let obj = self.call_prepended(&new, &Value::Obj(cls.clone()), args)?;
        if !is_subtype(self.type_of(&obj), cls) {
            return Ok(obj);
        }
        let obj_cls = self.type_of(&obj).clone();
        if let Some(init) = typeobj::lookup_str(self, &obj_cls, "__init__") {
            // `object.__init__` after a `__new__` other than `object.__new__` accepts any
            // arguments and does nothing (`str(5)`, `int("7")`): skip the call.
            let object = &self.types().object;
            if typeobj::lookup_str(self, object, "__init__").is_some_and(|o| o.is(&init))
                && !typeobj::lookup_str(self, object, "__new__").is_some_and(|o| o.is(&new))
            {
                return Ok(obj);
            }
            let r = self.call_prepended(&init, &obj, args)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// `cls(*args)` for the commonest class: a Python class whose `__new__` is
    /// `object.__new__` (so the instance is made here, without calling it) and no abstract
    /// methods. `None`: the general path, which also owns every error message.
    fn instantiate_plain(&self, cls: &PyRef, args: Args) -> Option<PyResult<Value>> {
        let t = data(cls);
        if !t.heap || t.layout != typeobj::Layout::Object {
            return None;
        }
        let hooks = typeobj::hooks(self, cls);
        if hooks & typeobj::HOOK_OBJECT_NEW == 0 || hooks & typeobj::HOOK_ABSTRACT != 0 {
            return None;
        }
        let object_init = hooks & typeobj::HOOK_OBJECT_INIT != 0;
        if object_init && !args.values.is_empty() {
            // "C() takes no arguments".
            return None;
        }
        let init = match object_init {
            true => None,
            false => Some(typeobj::lookup_str(self, cls, "__init__")?),
        };
        // What `object.__new__` makes.
        let payload = crate::builtins::slots::instance_payload(cls);
        let obj = Value::Obj(if crate::builtins::slots::has_instance_dict(cls) {
            PyObject::with_dict(cls.clone(), payload, self.new_dict())
        } else {
            PyObject::new(cls.clone(), payload)
        });
        let Some(init) = init else {
            return Some(Ok(obj));
        };
        Some(match self.call_prepended(&init, &obj, args) {
            Ok(r) if r.is_none() => Ok(obj),
            Ok(r) => Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&r)
            ))),
            Err(e) => Err(e),
        })
    }

    /// `super().name`: `name` looked up along `type(obj).__mro__` after `class`.
    pub fn super_getattr(
        &self,
        class: &PyRef,
        obj: &Value,
        name_obj: &PyRef,
    ) -> PyResult<Option<Value>> {
        let Some(name_str) = name_obj.as_str() else {
            return Ok(None);
        };
        let name = name_str.as_str();
        let start_type = match obj.as_obj().filter(|o| o.as_type().is_some()) {
            Some(t) if is_subtype(t, class) => t.clone(),
            _ => self.type_of(obj).clone(),
        };
        let mro = data(&start_type).mro.borrow().clone();
        let hash = self.str_hash(name_str);
        let mut found_class = false;
        for t in mro.iter() {
            if !found_class {
                found_class = std::rc::Rc::ptr_eq(t, class);
                continue;
            }
            let Some(d) = t.dict.as_ref().and_then(|d| d.as_dict()) else {
                continue;
            };
            let v = d
                .borrow()
                .get_name(Some(name_obj), name, hash)
                .flatten()
                .cloned();
            if let Some(v) = v {
                let is_class_obj = obj
                    .as_obj()
                    .is_some_and(|o| o.as_type().is_some() && is_subtype(o, class));
                return Ok(Some(match v.as_obj().map(|o| &o.payload) {
                    Some(Payload::ClassMethod(f)) => Value::Obj(PyObject::new(
                        self.types().method.clone(),
                        Payload::Method {
                            func: f.clone(),
                            self_: Value::Obj(start_type.clone()),
                        },
                    )),
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    Some(Payload::Builtin(b)) if b.owner.is_none() => v.clone(),
                    _ if is_class_obj || obj.is_none() => v,
                    _ => self.bind(&v, obj)?,
                }));
            }
        }
        Ok(None)
    }
}
