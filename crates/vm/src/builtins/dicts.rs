//! `dict` methods and views (`keys()`, `values()`, `items()`), plus the helpers other
//! modules use: copying, `update` from a mapping or pairs, and `==`.

use crate::builtins::{class_method, method, rest, self_arg};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::types::iter::{DictPart, IterState};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().dict;
    method(vm, t, "keys", keys);
    method(vm, t, "values", values);
    method(vm, t, "items", items);
    method(vm, t, "get", get);
    method(vm, t, "setdefault", setdefault);
    method(vm, t, "pop", pop);
    method(vm, t, "popitem", popitem);
    method(vm, t, "update", update);
    method(vm, t, "copy", copy_method);
    method(vm, t, "clear", clear);
    method(vm, t, "__getitem__", getitem);
    method(vm, t, "__setitem__", setitem);
    method(vm, t, "__delitem__", delitem);
    method(vm, t, "__contains__", contains);
    method(vm, t, "__len__", len);
    method(vm, t, "__iter__", iter);
    class_method(vm, t, "fromkeys", fromkeys);
}

fn this_dict<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match self_arg(vm, args, name)? {
        Value::Obj(o) if o.as_dict().is_some() => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
    }
}

fn view(vm: &Vm, args: Args, name: &str, part: DictPart) -> PyResult<Value> {
    let d = this_dict(vm, &args, name)?.clone();
    rest(&args).fixed(vm, name, 0, 0)?;
    let cls = match part {
        DictPart::Keys => vm.types().dict_keys.clone(),
        DictPart::Values => vm.types().dict_values.clone(),
        DictPart::Items => vm.types().dict_items.clone(),
    };
    Ok(Value::Obj(PyObject::new(
        cls,
        Payload::DictView { dict: d, part },
    )))
}

fn keys(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "keys", DictPart::Keys)
}

fn values(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "values", DictPart::Values)
}

fn items(vm: &Vm, args: Args) -> PyResult<Value> {
    view(vm, args, "items", DictPart::Items)
}

/// An iterator over a dict's keys, values or items.
pub fn dict_iter(vm: &Vm, d: &PyRef, part: DictPart) -> Value {
    let len = d.as_dict().map_or(0, |c| c.borrow().len());
    vm.new_iter(IterState::Dict {
        dict: d.clone(),
        pos: 0,
        len,
        part,
    })
}

/// The current contents of a view, as a list of values.
pub fn view_items(vm: &Vm, d: &PyRef, part: DictPart) -> Vec<Value> {
    let Some(cell) = d.as_dict() else {
        return Vec::new();
    };
    let entries: Vec<(Value, Value)> = cell
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    entries
        .into_iter()
        .map(|(k, v)| match part {
            DictPart::Keys => k,
            DictPart::Values => v,
            DictPart::Items => vm.new_tuple(vec![k, v]),
        })
        .collect()
}

/// A dict's keys (for `reversed(dict)` and the like).
pub fn keys_of(d: &Value) -> Vec<Value> {
    d.as_obj()
        .and_then(|o| o.as_dict())
        .map(|c| c.borrow().keys())
        .unwrap_or_default()
}

fn get(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "get")?;
    let r = rest(&args);
    let a = r.fixed(vm, "get", 1, 2)?;
    // The table itself: a subclass's `__getitem__`/`__missing__` play no part in `get`.
    Ok(crate::dict::get(vm, d.as_dict().expect("dict"), &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "setdefault")?;
    let r = rest(&args);
    let a = r.fixed(vm, "setdefault", 1, 2)?;
    if let Some(v) = crate::dict::get(vm, d.as_dict().expect("dict"), &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or(Value::None);
    vm.dict_set(d, a[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "pop")?;
    let r = rest(&args);
    let a = r.fixed(vm, "pop", 1, 2)?;
    match crate::dict::remove(vm, d.as_dict().expect("dict"), &a[0])? {
        Some(v) => Ok(v),
        None => a.get(1).cloned().ok_or_else(|| vm.key_error(a[0].clone())),
    }
}

fn popitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "popitem")?;
    match crate::dict::pop_last(d.as_dict().expect("dict")) {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_error(&vm.types().exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "update")?.clone();
    let r = rest(&args);
    let a = r.count(vm, "update", 0, 1)?;
    if let Some(src) = a.first() {
        update_from(vm, &d, src)?;
    }
    for (k, v) in r.kwargs() {
        vm.dict_set(&d, Value::Obj(vm.intern(k)), v.clone())?;
    }
    Ok(Value::None)
}

/// `d.update(src)`: a mapping (anything with `keys`) or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &PyRef, src: &Value) -> PyResult<()> {
    let is_mapping = matches!(src.as_obj().map(|o| &o.payload), Some(Payload::Dict(_)))
        || vm.getattr_opt(src, "keys")?.is_some();
    if is_mapping {
        for (k, v) in vm.mapping_items(src)? {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set(d, pair[0].clone(), pair[1].clone())?;
        i += 1;
    }
    Ok(())
}

/// A new plain dict with the same entries.
pub fn copy(vm: &Vm, d: &PyRef) -> PyResult<PyRef> {
    let out = vm.new_dict();
    if let (Some(src), Some(dst)) = (d.as_dict(), out.as_dict()) {
        *dst.borrow_mut() = src.borrow().clone();
    }
    Ok(out)
}

fn copy_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "copy")?;
    Ok(Value::Obj(copy(vm, d)?))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "clear")?;
    let old = std::mem::take(&mut *d.as_dict().expect("dict").borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__getitem__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__getitem__", 1, 1)?;
    match crate::dict::get(vm, d.as_dict().expect("dict"), &a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(a[0].clone())),
    }
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__setitem__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__setitem__", 2, 2)?;
    vm.dict_set(d, a[0].clone(), a[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__delitem__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__delitem__", 1, 1)?;
    match crate::dict::remove(vm, d.as_dict().expect("dict"), &a[0])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a[0].clone())),
    }
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__contains__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__contains__", 1, 1)?;
    Ok(Value::Bool(
        crate::dict::get(vm, d.as_dict().expect("dict"), &a[0])?.is_some(),
    ))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__len__")?;
    Ok(Value::Int(
        d.as_dict().map_or(0, |c| c.borrow().len()) as i64
    ))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args, "__iter__")?;
    Ok(dict_iter(vm, d, DictPart::Keys))
}

fn fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let r = rest(&args);
    let a = r.fixed(vm, "fromkeys", 1, 2)?;
    let d = vm.call_positional(&cls, &[])?;
    let v = a.get(1).cloned().unwrap_or(Value::None);
    for k in vm.collect(&a[0])? {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

/// `a == b` for two dicts: same length and every key maps to an equal value.
pub fn dict_eq(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let (Some(da), Some(db)) = (a.as_dict(), b.as_dict()) else {
        return Ok(false);
    };
    if da.borrow().len() != db.borrow().len() {
        return Ok(false);
    }
    let entries: Vec<(Value, Value)> = da
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in entries {
        match crate::dict::get(vm, db, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
