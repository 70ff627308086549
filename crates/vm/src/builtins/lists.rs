//! `list` and `tuple` methods: `append`, `extend`, `insert`, `pop`, `remove`, `index`,
//! `count`, `reverse`, `copy`, `clear`, and `sort` (stable, `key=`, `reverse=`, with
//! CPython's "list modified during sort" check).

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::ops::compare::CompareOp;
use crate::ops::container::norm_index;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().list;
    method(vm, t, "append", append);
    method(vm, t, "extend", extend);
    method(vm, t, "insert", insert);
    method(vm, t, "pop", pop);
    method(vm, t, "remove", remove);
    method(vm, t, "index", index);
    method(vm, t, "count", count);
    method(vm, t, "reverse", reverse);
    method(vm, t, "copy", copy);
    method(vm, t, "clear", clear);
    method(vm, t, "sort", sort);
    method(vm, t, "__getitem__", getitem);
    method(vm, t, "__setitem__", setitem);
    method(vm, t, "__delitem__", delitem);
    method(vm, t, "__len__", len);
    method(vm, t, "__contains__", contains);
    let t = &vm.types().tuple;
    method(vm, t, "index", index);
    method(vm, t, "count", count);
    method(vm, t, "__getitem__", getitem);
    method(vm, t, "__len__", len);
    method(vm, t, "__contains__", contains);
}

fn list_of<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match self_arg(vm, args, name)?.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(&args.values[0])
        ))),
    }
}

/// The items of a list or tuple `self`.
fn items_of(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<Value>> {
    match self_arg(vm, args, name)?.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a sequence"))),
    }
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "append")?;
    let r = rest(&args);
    let a = r.fixed(vm, "list.append", 1, 1).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            r.pos().len()
        ))
    })?;
    l.borrow_mut().push(a[0].clone());
    Ok(Value::None)
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "extend")?;
    let r = rest(&args);
    let a = r.fixed(vm, "list.extend", 1, 1)?;
    let items = vm.collect(&a[0])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "insert")?;
    let r = rest(&args);
    let a = r.fixed(vm, "insert", 2, 2)?;
    let i = vm.index_arg(&a[0])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.insert(at, a[1].clone());
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "pop")?;
    let r = rest(&args);
    let a = r.fixed(vm, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    match norm_index(i, l.len()) {
        Some(i) => Ok(l.remove(i)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn position(vm: &Vm, items: &[Value], x: &Value) -> PyResult<Option<usize>> {
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "remove")?;
    let r = rest(&args);
    let a = r.fixed(vm, "remove", 1, 1)?;
    let items = l.borrow().clone();
    match position(vm, &items, &a[0])? {
        Some(i) => {
            let mut l = l.borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let is_tuple = matches!(
        args.values
            .first()
            .and_then(|v| v.as_obj())
            .map(|o| &o.payload),
        Some(Payload::Tuple(_))
    );
    let items = items_of(vm, &args, "index")?;
    let r = rest(&args);
    let a = r.fixed(vm, "index", 1, 3)?;
    let n = items.len() as i64;
    let clamp = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let start = a
        .get(1)
        .map(|v| vm.index_arg(v))
        .transpose()?
        .map_or(0, clamp);
    let stop = a
        .get(2)
        .map(|v| vm.index_arg(v))
        .transpose()?
        .map_or(items.len(), clamp);
    for (i, item) in items.iter().enumerate().take(stop.max(start)).skip(start) {
        if vm.eq(item, &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error(if is_tuple {
        "tuple.index(x): x not in tuple".to_string()
    } else {
        format!("{} is not in list", vm.repr(&a[0])?)
    }))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = items_of(vm, &args, "count")?;
    let r = rest(&args);
    let a = r.fixed(vm, "count", 1, 1)?;
    let mut n = 0;
    for v in &items {
        if vm.eq(v, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    list_of(vm, &args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = list_of(vm, &args, "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut old = std::mem::take(&mut *list_of(vm, &args, "clear")?.borrow_mut());
    // Last item first, as CPython's `list_clear` releases them.
    while old.pop().is_some() {}
    Ok(Value::None)
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getitem__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__getitem__", 1, 1)?;
    // The built-in subscript of the underlying list/tuple, bypassing a subclass override.
    let plain = match this.as_obj().map(|o| &o.payload) {
        Some(Payload::List(l)) => vm.new_list(l.borrow().clone()),
        Some(Payload::Tuple(t)) => vm.new_tuple(t.to_vec()),
        _ => this,
    };
    vm.getitem(&plain, &a[0])
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "__setitem__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__setitem__", 2, 2)?;
    let tmp = vm.new_list(l.borrow().clone());
    vm.setitem(&tmp, a[0].clone(), a[1].clone())?;
    if let Some(Payload::List(t)) = tmp.as_obj().map(|o| &o.payload) {
        *l.borrow_mut() = t.borrow().clone();
    }
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "__delitem__")?;
    let key = crate::builtins::argparse::one_arg(vm, &rest(&args), "list.__delitem__")?;
    // On a plain-list copy, so a subclass's own `__delitem__` is not re-entered.
    let tmp = vm.new_list(l.borrow().clone());
    vm.delitem(&tmp, key)?;
    if let Some(Payload::List(t)) = tmp.as_obj().map(|o| &o.payload) {
        *l.borrow_mut() = t.borrow().clone();
    }
    Ok(Value::None)
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(items_of(vm, &args, "__len__")?.len() as i64))
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = items_of(vm, &args, "__contains__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__contains__", 1, 1)?;
    Ok(Value::Bool(position(vm, &items, &a[0])?.is_some()))
}

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort whose comparisons may raise.
pub fn sort(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = list_of(vm, &args, "sort")?;
    let r = rest(&args);
    let sig = crate::builtins::argparse::Sig {
        name: "sort",
        params: &["key", "reverse"],
        posonly: 0,
        required: 0,
        maxpos: 0,
    };
    let a = sig.bind(vm, &r)?;
    let key = a[0].filter(|k| !k.is_none()).cloned();
    let reverse = match a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // CPython empties the list while sorting so mutation during the sort is detected.
    let items = std::mem::take(&mut *l.borrow_mut());
    let keys = match &key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in &items {
                match vm.call_positional(f, std::slice::from_ref(v)) {
                    Ok(k) => ks.push(k),
                    Err(e) => {
                        *l.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let mut error: Option<PyErr> = None;
    let mut less = |a: usize, b: usize| -> bool {
        if error.is_some() {
            return false;
        }
        match vm.compare_bool(&keys[a], &keys[b], CompareOp::Lt) {
            Ok(r) => r,
            Err(e) => {
                error = Some(e);
                false
            }
        }
    };
    merge_sort(&mut order, &mut less);
    if reverse {
        order.reverse();
    }
    let modified = !l.borrow().is_empty();
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    if let Some(e) = error {
        *l.borrow_mut() = items;
        return Err(e);
    }
    *l.borrow_mut() = sorted;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// A stable merge sort driven by a fallible `less` (it returns false after an error).
fn merge_sort(v: &mut Vec<usize>, less: &mut impl FnMut(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    // Insertion sort for short runs, as CPython's binary insertion does.
    if v.len() <= 16 {
        for i in 1..v.len() {
            let x = v[i];
            let mut j = i;
            while j > 0 && less(x, v[j - 1]) {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return;
    }
    let mid = v.len() / 2;
    let mut right = v.split_off(mid);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}
