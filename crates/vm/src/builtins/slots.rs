//! `__slots__`: checking the declaration when a class is made, the `member_descriptor`s put
//! in the class for each slot, and reading/writing slot values.
//!
//! Instances of a class with slots whose only built-in base is `object` carry
//! `Payload::Slots` (one cell per slot, bases' slots first) and a `__dict__` only when some
//! class in the chain lacks `__slots__` or names `__dict__` in it. Instances of classes with
//! slots and another built-in base (`int`, `tuple`, ...) keep slot values in their instance
//! dict under the slot name.

use std::cell::RefCell;

use crate::object::{Payload, PyObject};
use crate::types::typeobj::{data, Layout};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// A slot's descriptor (`C.x` for `__slots__ = ("x",)`).
pub struct Member {
    pub name: PyRef,
    pub index: usize,
    /// The class that declared the slot (`<member 'x' of 'C' objects>`).
    pub owner_name: String,
}

/// `_C__x` for a private slot name `__x` in class `C` (CPython's `_Py_Mangle`).
fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// The declared slot names of a new class, validated as CPython's `type_new` does.
/// Returns the names to make descriptors for (without `__dict__`/`__weakref__`) and
/// whether `__dict__` was named.
pub fn parse_slots(
    vm: &Vm,
    class_name: &str,
    slots: &Value,
    ns: &PyRef,
) -> PyResult<(Vec<String>, bool)> {
    let items: Vec<Value> = match slots.as_obj().and_then(|o| o.as_str()) {
        Some(_) => vec![slots.clone()],
        None => vm.collect(slots)?,
    };
    let mut names = Vec::new();
    let mut has_dict = false;
    let mut has_weakref = false;
    for item in &items {
        let Some(s) = item.as_obj().and_then(|o| o.as_str()) else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(item)
            )));
        };
        let s = s.as_str();
        let mut chars = s.chars();
        let ident = chars
            .next()
            .is_some_and(|c| c == '_' || unicode_ident_start(c))
            && chars.all(|c| c == '_' || unicode_ident_continue(c));
        if !ident {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if has_dict {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            has_dict = true;
            continue;
        }
        if s == "__weakref__" {
            if has_weakref {
                return Err(vm.type_error("__weakref__ slot disallowed: we already got one"));
            }
            has_weakref = true;
            continue;
        }
        let mangled = mangle(class_name, s);
        // pyvm puts an implicit `__doc__ = None` in every class namespace; CPython adds it
        // only after this check (typing's `_SpecialForm` has a `__doc__` slot).
        let existing = vm.dict_get_str(ns, &mangled)?;
        let implicit_doc = mangled == "__doc__" && existing.as_ref().is_some_and(|v| v.is_none());
        if existing.is_some() && !implicit_doc {
            return Err(vm.value_error(format!(
                "{} in __slots__ conflicts with class variable",
                vm.repr(item)?
            )));
        }
        names.push(mangled);
    }
    names.sort();
    names.dedup();
    Ok((names, has_dict))
}

fn unicode_ident_start(c: char) -> bool {
    c.is_alphabetic()
}

fn unicode_ident_continue(c: char) -> bool {
    c.is_alphanumeric()
}

/// Slots of instances of the classes in `bases` (the largest count: slots are laid out base
/// first).
pub fn inherited_slot_count(bases: &[PyRef]) -> usize {
    bases
        .iter()
        .map(|b| data(b).slot_count.get())
        .max()
        .unwrap_or(0)
}

/// Puts a `member_descriptor` for each slot into the class namespace, numbering them after
/// the inherited ones.
pub fn add_members(vm: &Vm, class_name: &str, names: &[String], first: usize, ns: &PyRef) {
    for (i, n) in names.iter().enumerate() {
        let member = Member {
            name: vm.intern(n),
            index: first + i,
            owner_name: class_name.to_string(),
        };
        let d = PyObject::new(
            vm.types().member_descriptor.clone(),
            Payload::Member(Box::new(member)),
        );
        vm.dict_set_str(ns, n, Value::Obj(d));
    }
}

/// The payload of a new plain instance of `cls`: slot cells when its class has slots.
pub fn instance_payload(cls: &PyRef) -> Payload {
    let n = data(cls).slot_count.get();
    if n > 0 && data(cls).layout == Layout::Object {
        Payload::Slots(RefCell::new(vec![None; n].into_boxed_slice()))
    } else {
        Payload::Object
    }
}

/// Whether instances of `cls` get a `__dict__`.
pub fn has_instance_dict(cls: &PyRef) -> bool {
    !crate::builtins::classes::slot_forbids(cls, "__dict__")
}

/// `member.__get__(obj)`.
pub fn get(vm: &Vm, m: &Member, obj: &Value) -> PyResult<Value> {
    let missing = || vm.no_attribute(obj, m.name.as_str().map_or("", |s| s.as_str()));
    let Value::Obj(o) = obj else {
        return Err(missing());
    };
    match &o.payload {
        Payload::Slots(cells) => cells
            .borrow()
            .get(m.index)
            .cloned()
            .flatten()
            .ok_or_else(missing),
        _ => match &o.dict {
            Some(d) => vm
                .dict_get_str(d, m.name.as_str().map_or("", |s| s.as_str()))?
                .ok_or_else(missing),
            None => Err(missing()),
        },
    }
}

/// `member.__set__(obj, value)` and, with `None`, `member.__delete__(obj)`.
pub fn set(vm: &Vm, m: &Member, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let name = m.name.as_str().map_or("", |s| s.as_str()).to_string();
    let unset = || vm.attribute_error_plain(&name);
    let Value::Obj(o) = obj else {
        return Err(unset());
    };
    match &o.payload {
        Payload::Slots(cells) => {
            let mut cells = cells.borrow_mut();
            let Some(cell) = cells.get_mut(m.index) else {
                return Err(unset());
            };
            if value.is_none() && cell.is_none() {
                return Err(unset());
            }
            *cell = value;
            Ok(())
        }
        _ => {
            let Some(d) = &o.dict else {
                return Err(unset());
            };
            match value {
                Some(v) => vm.dict_set(d, Value::Obj(m.name.clone()), v),
                None => match d.as_dict() {
                    Some(cell) => match crate::dict::remove(vm, cell, &Value::Obj(m.name.clone()))?
                    {
                        Some(_) => Ok(()),
                        None => Err(unset()),
                    },
                    None => Err(unset()),
                },
            }
        }
    }
}

/// `repr(C.x)`.
pub fn repr(m: &Member) -> String {
    format!(
        "<member '{}' of '{}' objects>",
        m.name.as_str().map_or("", |s| s.as_str()),
        m.owner_name
    )
}
