//! Remembered positions for the name instructions (`LOAD_NAME`, `STORE_NAME`,
//! `LOAD_GLOBAL`, `STORE_GLOBAL`) on an exact `dict` namespace.
//!
//! Each instruction keeps, in its code unit's [`AttrSite`] (only `index` is used), the
//! entry index where its name last was. A later execution first looks at that entry: if its
//! key is the very name object, it is the name's only entry (a dict holds one entry per
//! key), so its value is the answer without hashing or probing. Anything else — another
//! key there, a deleted or compacted entry, a key of another type with the same hash — goes
//! the ordinary way and remembers the new position.

use std::cell::Cell;

use crate::code::AttrSite;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// `d[name]` for an exact dict `d` and a str `name`, trying the remembered entry first.
#[inline]
pub fn load(vm: &Vm, site: &Cell<AttrSite>, d: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    let Some(cell) = d.as_dict() else {
        return Ok(None);
    };
    if let Some(v) = cell
        .borrow()
        .value_if_key_at(site.get().index as usize, name)
    {
        return Ok(Some(v.clone()));
    }
    load_slow(vm, site, d, name)
}

#[cold]
fn load_slow(vm: &Vm, site: &Cell<AttrSite>, d: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
    let (Some(cell), Some(text)) = (d.as_dict(), name.as_str()) else {
        return vm.dict_get_name(d, name);
    };
    let hash = vm.str_hash(text);
    let found = cell.borrow().find_name(name, text.as_str(), hash);
    match found {
        Some(Some(ix)) => {
            site.set(AttrSite {
                index: ix as u32,
                ..site.get()
            });
            Ok(cell.borrow().value_at(ix).cloned())
        }
        Some(None) => Ok(None),
        None => crate::dict::get_hashed(vm, cell, hash, &Value::Obj(name.clone())),
    }
}

/// `d[name] = value` for an exact dict `d` and a str `name`, trying the remembered entry
/// first.
#[inline]
pub fn store(
    vm: &Vm,
    site: &Cell<AttrSite>,
    d: &PyRef,
    name: &PyRef,
    value: Value,
) -> PyResult<()> {
    let Some(cell) = d.as_dict() else {
        return vm.dict_set_name(d, name, value);
    };
    let r = cell
        .borrow_mut()
        .replace_if_key_at(site.get().index as usize, name, value);
    match r {
        Ok(old) => {
            // Dropped after the borrow ends: a finaliser may touch the dict.
            drop(old);
            Ok(())
        }
        Err(value) => store_slow(vm, site, d, name, value),
    }
}

#[cold]
fn store_slow(
    vm: &Vm,
    site: &Cell<AttrSite>,
    d: &PyRef,
    name: &PyRef,
    value: Value,
) -> PyResult<()> {
    let (Some(cell), Some(text)) = (d.as_dict(), name.as_str()) else {
        return vm.dict_set_name(d, name, value);
    };
    let hash = vm.str_hash(text);
    let r = cell
        .borrow_mut()
        .set_name_at(name, text.as_str(), hash, value);
    match r {
        Ok((old, ix)) => {
            drop(old);
            site.set(AttrSite {
                index: ix as u32,
                ..site.get()
            });
            Ok(())
        }
        Err(value) => crate::dict::set_hashed(vm, cell, hash, Value::Obj(name.clone()), value),
    }
}
