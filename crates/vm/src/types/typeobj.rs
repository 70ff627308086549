//! Type objects: name, bases, the C3 method resolution order, and attribute lookup along it.
//!
//! A type's namespace is its object's `dict` (a dict object keyed by interned strings), so
//! `C.__dict__`, class bodies and `setattr(C, ...)` all see one table.

use std::cell::{Cell, RefCell};

use super::method_cache::Kind;
use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Which built-in layout instances of a type carry (the "solid base").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    /// Built-in types that cannot be subclassed or instantiated from Python this way.
    Fixed,
}

/// The data of a type object.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    pub layout: Layout,
    /// Created by a `class` statement (not a built-in type).
    pub heap: bool,
    /// Whether Python code may subclass it.
    pub base_ok: bool,
    /// `__slots__` names when the class (and every heap base) declares them: instances
    /// then have no `__dict__`.
    pub slots: RefCell<Option<Vec<String>>>,
    /// Slot cells instances carry (`__slots__` of this class and its bases).
    pub slot_count: Cell<usize>,
    /// Direct subclasses, for `__subclasses__()` (weak: a class does not keep its
    /// subclasses alive).
    pub subclasses: RefCell<Vec<std::rc::Weak<PyObject>>>,
    /// The module of a built-in type living outside `builtins` (`types.GenericAlias`).
    pub module: Cell<Option<&'static str>>,
    /// Bumped on every namespace change of this type or any base, for lookup caches.
    pub version: Cell<u64>,
    /// The attribute hooks the class defines in Python (`HOOK_*` bits), with the
    /// method-cache epoch they were computed at; see [`hooks`].
    hooks: Cell<(u64, u8)>,
    /// Whether the class has `__del__`, as of an epoch of class changes (see `crate::gc::finalize`).
    pub del_cache: Cell<Option<(u64, bool)>>,
}

impl TypeData {
    pub fn new(name: &str, bases: Vec<PyRef>, layout: Layout, heap: bool) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            layout,
            heap,
            base_ok: true,
            module: Cell::new(None),
            slots: RefCell::new(None),
            slot_count: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            version: Cell::new(0),
            hooks: Cell::new((u64::MAX, 0)),
            del_cache: Cell::new(None),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// The type data of a type object (callers only pass type objects).
#[inline]
pub fn data(t: &PyRef) -> &TypeData {
    match &t.payload {
        Payload::Type(d) => d,
        _ => unreachable!("not a type object"),
    }
}

/// A Python `__getattribute__` (a function, not `object`'s own) along the MRO.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// A `__getattr__` fallback along the MRO.
pub const HOOK_GETATTR: u8 = 2;
/// A Python `__setattr__` along the MRO.
pub const HOOK_SETATTR: u8 = 4;
/// `__abstractmethods__` somewhere along the MRO (instantiation must check it).
pub const HOOK_ABSTRACT: u8 = 8;
/// `cls.__new__` is `object.__new__` itself.
pub const HOOK_OBJECT_NEW: u8 = 16;
/// `cls.__init__` is `object.__init__` itself.
pub const HOOK_OBJECT_INIT: u8 = 32;
/// Some class along the MRO declares `__slots__` (stores must check them).
pub const HOOK_SLOTS: u8 = 64;

/// Which attribute hooks instances of `cls` run (`HOOK_*` bits; none for built-in types).
/// Every attribute access and instantiation asks this, so the answer is kept on the type and
/// recomputed only after a class namespace changed (the method cache's epoch moved).
#[inline]
pub fn hooks(vm: &Vm, cls: &PyRef) -> u8 {
    let t = data(cls);
    if !t.heap {
        return 0;
    }
    let epoch = vm.interp.method_cache.epoch();
    let (at, bits) = t.hooks.get();
    if at == epoch {
        return bits;
    }
    compute_hooks(vm, cls, t, epoch)
}

fn cls_mro_has_slots(cls: &PyRef) -> bool {
    data(cls)
        .mro
        .borrow()
        .iter()
        .any(|t| data(t).slots.borrow().is_some())
}

#[cold]
fn compute_hooks(vm: &Vm, cls: &PyRef, t: &TypeData, epoch: u64) -> u8 {
    let is_function =
        |v: &Value| matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Function(_)));
    let mut bits = 0;
    if lookup_str(vm, cls, "__getattribute__").is_some_and(|g| is_function(&g)) {
        bits |= HOOK_GETATTRIBUTE;
    }
    if lookup_str(vm, cls, "__getattr__").is_some() {
        bits |= HOOK_GETATTR;
    }
    if lookup_str(vm, cls, "__setattr__").is_some_and(|g| is_function(&g)) {
        bits |= HOOK_SETATTR;
    }
    if lookup_str(vm, cls, "__abstractmethods__").is_some() {
        bits |= HOOK_ABSTRACT;
    }
    let object = &vm.types().object;
    let is_object_slot =
        |name: &str| match (lookup_str(vm, cls, name), lookup_str(vm, object, name)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        };
    if is_object_slot("__new__") {
        bits |= HOOK_OBJECT_NEW;
    }
    if is_object_slot("__init__") {
        bits |= HOOK_OBJECT_INIT;
    }
    if cls_mro_has_slots(cls) {
        bits |= HOOK_SLOTS;
    }
    t.hooks.set((epoch, bits));
    bits
}

/// `name` looked up along `cls.__mro__` without descriptors: the raw class attribute.
#[inline]
pub fn lookup(vm: &Vm, cls: &PyRef, name: &PyRef) -> Option<Value> {
    let key = name.as_str()?;
    vm.interp
        .method_cache
        .get_or_named(cls, name, || mro_lookup(vm, cls, key.as_str(), false))
}

/// `lookup` by a Rust string (answered from the method cache when it can be).
pub fn lookup_str(vm: &Vm, cls: &PyRef, name: &str) -> Option<Value> {
    vm.interp
        .method_cache
        .get_or(cls, name, Kind::Full, || mro_lookup(vm, cls, name, false))
}

/// Walks the MRO for `name`; with `user_only`, stops at the first built-in class (whose
/// behaviour is native) and treats `None` as absent (`__hash__ = None`).
pub fn mro_lookup(vm: &Vm, cls: &PyRef, name: &str, user_only: bool) -> Option<Value> {
    let hash = vm.str_hash_of(name);
    let mro = data(cls).mro.borrow();
    for t in mro.iter() {
        if user_only && !data(t).heap {
            return None;
        }
        if let Some(dict) = t.dict.as_ref().and_then(|d| d.as_dict()) {
            if let Some(Some(v)) = dict.borrow().get_str(name, hash) {
                if user_only && v.is_none() {
                    return None;
                }
                return Some(v.clone());
            }
        }
    }
    None
}

/// `issubclass(a, b)` by the MRO.
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if std::rc::Rc::ptr_eq(a, b) {
        return true;
    }
    data(a)
        .mro
        .borrow()
        .iter()
        .any(|t| std::rc::Rc::ptr_eq(t, b))
}

/// C3 linearisation of `cls` with `bases`; a `TypeError` as CPython words it when none
/// exists.
pub fn c3_mro(vm: &Vm, cls: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = bases.iter().map(|b| data(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|t| std::rc::Rc::ptr_eq(t, c)))
        });
        let Some(next) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = data(&s[0]).name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if std::rc::Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The most derived built-in layout among `bases` (the new class's solid base), or a
/// `TypeError` for incompatible layouts.
pub fn solid_layout(vm: &Vm, bases: &[PyRef]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let l = data(b).layout;
        if l == Layout::Object {
            continue;
        }
        if layout != Layout::Object && layout != l {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        layout = l;
    }
    Ok(layout)
}

/// A new type object (used for built-in types at start-up and by `type(name, bases, ns)`).
pub fn new_type(metatype: &PyRef, data: TypeData, namespace: PyRef) -> PyRef {
    let t = PyObject::with_dict(metatype.clone(), Payload::Type(Box::new(data)), namespace);
    for b in self::data(&t).bases.borrow().iter() {
        let mut subs = self::data(b).subclasses.borrow_mut();
        subs.retain(|w| w.strong_count() > 0);
        subs.push(std::rc::Rc::downgrade(&t));
    }
    t
}
