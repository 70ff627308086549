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

use std::cell::Cell;

use crate::code::AttrSite;
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

/// The address identifying a class in an [`AttrSite`] (compared, never dereferenced).
#[inline]
fn class_addr(o: &PyRef) -> usize {
    std::rc::Rc::as_ptr(o.class()) as *const u8 as usize
}

/// The site's memo, if it was recorded for `o`'s class at the current epoch: the class
/// still has no attribute of the site's name and no hooks.
#[inline]
fn site_for(vm: &Vm, site: Option<&Cell<AttrSite>>, o: &PyRef) -> Option<AttrSite> {
    let s = site?.get();
    (s.class == class_addr(o) && s.epoch == vm.interp.method_cache.epoch()).then_some(s)
}

/// `obj.name` for a plain instance; `Ok(None)`: use the general path. `site` is the
/// instruction's memo: once it holds the instance's class, only the dict is consulted.
pub fn load_attr(
    vm: &Vm,
    site: Option<&Cell<AttrSite>>,
    obj: &Value,
    name: &PyRef,
) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else {
        return Ok(None);
    };
    if let (Some(cell), Payload::Object, Some(dict)) = (site, &o.payload, &o.dict) {
        if site_for(vm, site, o).is_some() {
            return super::name_sites::load(vm, cell, dict, name);
        }
    }
    let epoch = vm.interp.method_cache.epoch();
    let Some((dict, attr)) = plain_instance(vm, obj, name, HOOK_GETATTRIBUTE) else {
        return Ok(None);
    };
    if let (ClassAttr::Absent, Some(cell)) = (&attr, site) {
        let s = AttrSite {
            class: class_addr(o),
            epoch,
            index: u32::MAX,
        };
        cell.set(s);
        return super::name_sites::load(vm, cell, dict, name);
    }
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
/// function the instance dict does not shadow; `Ok(None)`: use the general path. With the
/// site's memo for the class, the hook checks are skipped.
pub fn load_method(
    vm: &Vm,
    site: Option<&Cell<AttrSite>>,
    obj: &Value,
    name: &PyRef,
) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else {
        return Ok(None);
    };
    let (Payload::Object, Some(dict)) = (&o.payload, &o.dict) else {
        return Ok(None);
    };
    let func = match site_for(vm, site, o) {
        // The memo says: no `__getattribute__` hook and a function attribute at this epoch.
        Some(_) => typeobj::lookup(vm, o.class(), name),
        None => {
            let epoch = vm.interp.method_cache.epoch();
            let Some((_, ClassAttr::Function(func))) =
                plain_instance(vm, obj, name, HOOK_GETATTRIBUTE)
            else {
                return Ok(None);
            };
            if let Some(cell) = site {
                cell.set(AttrSite {
                    class: class_addr(o),
                    epoch,
                    index: u32::MAX,
                });
            }
            Some(func)
        }
    };
    let Some(func) = func else {
        return Ok(None);
    };
    if has_name(vm, dict, name)? {
        return Ok(None);
    }
    Ok(Some(func))
}

/// Whether the instance dict `dict` has the key `name` (a method's shadow check), without
/// copying the value out.
#[inline]
fn has_name(vm: &Vm, dict: &PyRef, name: &PyRef) -> PyResult<bool> {
    if let (Some(cell), Some(text)) = (dict.as_dict(), name.as_str()) {
        let hash = vm.str_hash(text);
        if let Some(found) = cell.borrow().find_name(name, text.as_str(), hash) {
            return Ok(found.is_some());
        }
    }
    Ok(vm.dict_get_name(dict, name)?.is_some())
}

/// `obj.name = value` for a plain instance; `Err(value)` back: use the general path. With
/// the site's memo for the class, the value goes straight into the instance dict (into
/// the entry it was stored in last time when that entry still holds the name).
pub fn store_attr(
    vm: &Vm,
    site: Option<&Cell<AttrSite>>,
    obj: &Value,
    name: &PyRef,
    value: Value,
) -> Result<PyResult<()>, Value> {
    let Value::Obj(o) = obj else {
        return Err(value);
    };
    let epoch = vm.interp.method_cache.epoch();
    let memo = match (&o.payload, &o.dict) {
        (Payload::Object, Some(_)) => site_for(vm, site, o),
        _ => None,
    };
    let (dict, s) = match memo {
        Some(s) => (o.dict.as_ref(), s),
        None => {
            let Some((dict, _)) = plain_instance(vm, obj, name, HOOK_SETATTR) else {
                return Err(value);
            };
            if typeobj::hooks(vm, o.class()) & typeobj::HOOK_SLOTS != 0 {
                return Err(value);
            }
            let s = AttrSite {
                class: class_addr(o),
                epoch,
                index: u32::MAX,
            };
            (Some(dict), s)
        }
    };
    let Some(dict) = dict else {
        return Err(value);
    };
    let (Some(cell), Some(site), Some(text)) = (dict.as_dict(), site, name.as_str()) else {
        return Ok(vm.dict_set_name(dict, name, value));
    };
    let r = cell
        .borrow_mut()
        .replace_if_key_at(s.index as usize, name, value);
    let value = match r {
        Ok(old) => {
            // Dropped after the borrow ends: a finaliser may touch the dict.
            drop(old);
            site.set(s);
            return Ok(Ok(()));
        }
        Err(value) => value,
    };
    let hash = vm.str_hash(text);
    let r = cell
        .borrow_mut()
        .set_name_at(name, text.as_str(), hash, value);
    Ok(match r {
        Ok((old, ix)) => {
            drop(old);
            site.set(AttrSite {
                index: ix as u32,
                ..s
            });
            Ok(())
        }
        Err(value) => crate::dict::set_hashed(vm, cell, hash, Value::Obj(name.clone()), value),
    })
}
