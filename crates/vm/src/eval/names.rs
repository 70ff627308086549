//! Loads and stores: fast locals, cells and free variables, globals, names of module and
//! class bodies, attributes and methods.

use std::cell::RefCell;

use super::name_sites;
use crate::code::is_cell_kind;
use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

fn name(f: &Frame, i: usize) -> PyRef {
    f.code
        .names
        .get(i)
        .cloned()
        .unwrap_or_else(|| f.code.name.clone())
}

fn name_str(f: &Frame, i: usize) -> String {
    name(f, i)
        .as_str()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

fn local_name(f: &Frame, i: usize) -> String {
    f.code
        .localsplus_names
        .get(i)
        .and_then(|n| n.as_str())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

fn unbound_local(vm: &Vm, f: &Frame, i: usize) -> PyErr {
    vm.new_error(
        &vm.types().exc.unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            local_name(f, i)
        ),
    )
}

#[inline]
pub fn load_fast(vm: &Vm, f: &mut Frame, i: usize) -> PyResult<()> {
    match f.fast.get(i) {
        Some(Some(v)) => {
            let v = v.clone();
            f.push(v);
            Ok(())
        }
        _ => Err(unbound_local(vm, f, i)),
    }
}

#[inline]
pub fn store_fast(f: &mut Frame, i: usize) {
    let v = f.pop();
    if let Some(slot) = f.fast.get_mut(i) {
        *slot = Some(v);
    }
}

pub fn delete_fast(vm: &Vm, f: &mut Frame, i: usize) -> PyResult<()> {
    match f.fast.get_mut(i) {
        Some(slot @ Some(_)) => {
            *slot = None;
            Ok(())
        }
        _ => Err(unbound_local(vm, f, i)),
    }
}

/// A global, then a builtin, by name.
fn global_or_builtin(vm: &Vm, f: &Frame, key: &PyRef) -> PyResult<Value> {
    if let Some(v) = dict_get_at_site(vm, f, &f.globals, key)? {
        return Ok(v);
    }
    builtin(vm, f, key)
}

/// `d[key]` for the current name instruction, through its remembered entry index.
#[inline]
fn dict_get_at_site(vm: &Vm, f: &Frame, d: &PyRef, key: &PyRef) -> PyResult<Option<Value>> {
    match f.code.attr_sites.get(f.lasti) {
        Some(site) => name_sites::load(vm, site, d, key),
        None => vm.dict_get_name(d, key),
    }
}

/// `d[key] = v` for the current name instruction, through its remembered entry index.
#[inline]
fn dict_set_at_site(vm: &Vm, f: &Frame, d: &PyRef, key: &PyRef, v: Value) -> PyResult<()> {
    match f.code.attr_sites.get(f.lasti) {
        Some(site) => name_sites::store(vm, site, d, key, v),
        None => vm.dict_set_name(d, key, v),
    }
}

/// A builtin by name, or the `NameError` for a name found nowhere.
fn builtin(vm: &Vm, f: &Frame, key: &PyRef) -> PyResult<Value> {
    let found = if std::rc::Rc::ptr_eq(f.builtins.class(), &vm.types().dict) {
        vm.dict_get_name(&f.builtins, key)?
    } else {
        let s = key.as_str().map(|s| s.as_str()).unwrap_or("");
        vm.mapping_get_str(&f.builtins, s)?
    };
    match found {
        Some(v) => Ok(v),
        None => Err(vm.name_error(key.as_str().map(|s| s.as_str()).unwrap_or(""))),
    }
}

pub fn load_global(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    if let Some(v) = remembered(f, &f.globals, a >> 1) {
        if a & 1 != 0 {
            f.push(vm.null());
        }
        f.push(v);
        return Ok(());
    }
    let key = name(f, a >> 1);
    let v = global_or_builtin(vm, f, &key)?;
    if a & 1 != 0 {
        f.push(vm.null());
    }
    f.push(v);
    Ok(())
}

pub fn store_global(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let v = f.pop();
    dict_set_at_site(vm, f, &f.globals, &name(f, a), v)
}

pub fn delete_global(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let key = Value::Obj(name(f, a));
    match f.globals.as_dict() {
        Some(cell) if crate::dict::remove(vm, cell, &key)?.is_some() => Ok(()),
        _ => Err(vm.name_error(&name_str(f, a))),
    }
}

/// The value of the name at the entry the instruction remembered in the exact dict `d`,
/// without cloning the name or hashing: the common case of a module-level variable.
#[inline]
fn remembered(f: &Frame, d: &PyRef, a: usize) -> Option<Value> {
    let key = f.code.names.get(a)?;
    let site = f.code.attr_sites.get(f.lasti)?;
    let v = d
        .as_dict()?
        .borrow()
        .value_if_key_at(site.get().index as usize, key)
        .cloned();
    v
}

pub fn load_name(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    if let Some(locals) = &f.locals {
        if std::rc::Rc::ptr_eq(locals.class(), &vm.types().dict) {
            if let Some(v) = remembered(f, locals, a) {
                f.push(v);
                return Ok(());
            }
        }
    }
    load_name_slow(vm, f, a)
}

fn load_name_slow(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let key = name(f, a);
    // A module body's namespace is its globals: after a miss there, only builtins remain.
    let mut globals_searched = false;
    if let Some(locals) = &f.locals {
        let found = if std::rc::Rc::ptr_eq(locals.class(), &vm.types().dict) {
            globals_searched = std::rc::Rc::ptr_eq(locals, &f.globals);
            dict_get_at_site(vm, f, locals, &key)?
        } else {
            vm.mapping_get(locals, &Value::Obj(key.clone()))?
        };
        if let Some(v) = found {
            f.push(v);
            return Ok(());
        }
    }
    let v = if globals_searched {
        builtin(vm, f, &key)?
    } else {
        global_or_builtin(vm, f, &key)?
    };
    f.push(v);
    Ok(())
}

pub fn store_name(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let v = f.pop();
    if let (Some(locals), Some(key)) = (&f.locals, f.code.names.get(a)) {
        if std::rc::Rc::ptr_eq(locals.class(), &vm.types().dict) {
            return dict_set_at_site(vm, f, locals, key, v);
        }
    }
    let key = Value::Obj(name(f, a));
    match &f.locals {
        Some(locals) if std::rc::Rc::ptr_eq(locals.class(), &vm.types().dict) => {
            vm.dict_set_name(locals, &name(f, a), v)
        }
        Some(locals) => vm.setitem(&Value::Obj(locals.clone()), key, v),
        None => Err(vm.new_error(
            &vm.types().exc.system_error,
            format!("no locals found when storing '{}'", name_str(f, a)),
        )),
    }
}

pub fn delete_name(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let key = Value::Obj(name(f, a));
    let Some(locals) = &f.locals else {
        return Err(vm.name_error(&name_str(f, a)));
    };
    match vm.delitem(&Value::Obj(locals.clone()), &key) {
        Err(e) if vm.err_matches(&e, &vm.types().exc.key_error) => {
            Err(vm.name_error(&name_str(f, a)))
        }
        other => other,
    }
}

pub fn load_attr(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    // The fast path replaces the object on top of the stack in place.
    if let (Some(obj), Some(key)) = (f.stack.last(), f.code.names.get(a)) {
        let site = f.code.attr_sites.get(f.lasti);
        if let Some(v) = super::fast_attr::load_attr(vm, site, obj, key)? {
            if let Some(top) = f.stack.last_mut() {
                *top = v;
            }
            return Ok(());
        }
    }
    let obj = f.pop();
    let key = name(f, a);
    let v = vm.getattr(&obj, &key)?;
    f.push(v);
    Ok(())
}

pub fn store_attr(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let obj = f.pop();
    let v = f.pop();
    let v = match f.code.names.get(a) {
        Some(key) => {
            let site = f.code.attr_sites.get(f.lasti);
            match super::fast_attr::store_attr(vm, site, &obj, key, v) {
                Ok(done) => return done,
                Err(v) => v,
            }
        }
        None => v,
    };
    vm.setattr(&obj, &name(f, a), v)
}

pub fn delete_attr(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let obj = f.pop();
    vm.delattr(&obj, &name(f, a))
}

/// `LOAD_METHOD`: `[meth, self]` when the attribute is a plain method found on the type,
/// else `[NULL, attr]`, so `CALL` can skip creating a bound method.
pub fn load_method(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let obj = f.pop();
    if let Some(key) = f.code.names.get(a) {
        let site = f.code.attr_sites.get(f.lasti);
        if let Some(meth) = super::fast_attr::load_method(vm, site, &obj, key)? {
            f.push(meth);
            f.push(obj);
            return Ok(());
        }
    }
    let key = name(f, a);
    match vm.get_method(&obj, &key)? {
        (Some(meth), _) => {
            f.push(meth);
            f.push(obj);
        }
        (None, attr) => {
            f.push(vm.null());
            f.push(attr);
        }
    }
    Ok(())
}

fn new_cell(vm: &Vm, v: Option<Value>) -> Value {
    Value::Obj(PyObject::new(
        vm.types().cell.clone(),
        Payload::Cell(RefCell::new(v)),
    ))
}

pub fn make_cell(vm: &Vm, f: &mut Frame, i: usize) {
    if let Some(slot) = f.fast.get_mut(i) {
        let initial = slot.take();
        *slot = Some(new_cell(vm, initial));
    }
}

pub fn copy_free_vars(f: &mut Frame, n: usize) {
    let Some(closure) = f.closure.clone() else {
        return;
    };
    let cells = closure.as_tuple().unwrap_or(&[]);
    let offset = f.fast.len().saturating_sub(n);
    for (i, cell) in cells.iter().take(n).enumerate() {
        f.fast[offset + i] = Some(cell.clone());
    }
}

pub fn load_closure(f: &mut Frame, i: usize) {
    let v = f.fast.get(i).cloned().flatten().unwrap_or(Value::None);
    f.push(v);
}

fn cell_of(f: &Frame, i: usize) -> Option<&RefCell<Option<Value>>> {
    match f.fast.get(i) {
        Some(Some(Value::Obj(o))) => match &o.payload {
            Payload::Cell(c) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

fn unbound_deref(vm: &Vm, f: &Frame, i: usize) -> PyErr {
    let kind = f.code.localsplus_kinds.get(i).copied().unwrap_or(0);
    if kind & bytecode::code::CO_FAST_FREE != 0 {
        vm.new_error(
            &vm.types().exc.name_error,
            format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                local_name(f, i)
            ),
        )
    } else {
        unbound_local(vm, f, i)
    }
}

pub fn load_deref(vm: &Vm, f: &mut Frame, i: usize) -> PyResult<()> {
    let v = cell_of(f, i).and_then(|c| c.borrow().clone());
    match v {
        Some(v) => {
            f.push(v);
            Ok(())
        }
        None => Err(unbound_deref(vm, f, i)),
    }
}

/// `LOAD_CLASSDEREF`: a class body reads its own namespace before the enclosing cell.
pub fn load_classderef(vm: &Vm, f: &mut Frame, i: usize) -> PyResult<()> {
    if let Some(locals) = f.locals.clone() {
        let key = f.code.localsplus_names.get(i).cloned();
        if let Some(key) = key {
            if let Some(v) = vm.mapping_get(&locals, &Value::Obj(key))? {
                f.push(v);
                return Ok(());
            }
        }
    }
    load_deref(vm, f, i)
}

pub fn store_deref(f: &mut Frame, i: usize) {
    let v = f.pop();
    let is_cell = f
        .code
        .localsplus_kinds
        .get(i)
        .is_some_and(|k| is_cell_kind(*k));
    if let (true, Some(c)) = (is_cell, cell_of(f, i)) {
        let old = c.replace(Some(v));
        drop(old);
    }
}

pub fn delete_deref(vm: &Vm, f: &mut Frame, i: usize) -> PyResult<()> {
    match cell_of(f, i) {
        Some(c) if c.borrow().is_some() => {
            let old = c.replace(None);
            drop(old);
            Ok(())
        }
        _ => Err(unbound_deref(vm, f, i)),
    }
}

pub fn setup_annotations(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let Some(locals) = f.locals.clone() else {
        return Err(vm.new_error(
            &vm.types().exc.system_error,
            "no locals found when setting up annotations",
        ));
    };
    let key = vm.new_str("__annotations__");
    if vm.mapping_get(&locals, &key)?.is_none() {
        vm.setitem(&Value::Obj(locals), key, Value::Obj(vm.new_dict()))?;
    }
    Ok(())
}
