//! `bytearray`'s mutating methods (extend, insert, pop, remove, reverse, clear, copy) and
//! its item/slice assignment and deletion, which `ops::container` delegates here.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::ops::container::{as_slice, norm_index};
use crate::ops::number::{num_of, Num};
use crate::types::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let methods: [(&'static str, NativeFn); 9] = [
        ("__setitem__", setitem_method),
        ("__delitem__", delitem_method),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (name, f) in methods {
        method(vm, &vm.types().bytearray, name, f);
    }
}

/// The receiver's buffer.
fn buffer<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    let v = self_arg(vm, args, name)?;
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytearray' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

/// An int in `range(0, 256)`, as every bytearray item must be.
pub fn byte_value(vm: &Vm, v: &Value) -> PyResult<u8> {
    match num_of(v) {
        Some(Num::Int(i)) if (0..256).contains(&i) => Ok(i as u8),
        Some(Num::Int(_)) | Some(Num::Big(_)) => {
            Err(vm.value_error("byte must be in range(0, 256)"))
        }
        _ => {
            let i = vm.index_arg(v)?;
            u8::try_from(i).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
        }
    }
}

/// The bytes of a bytes-like object or of an iterable of ints (what `extend` and slice
/// assignment accept).
fn bytes_or_ints(vm: &Vm, v: &Value, slice_assign: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.bytes_like(v) {
        return Ok(b);
    }
    // A str is iterable, but slice assignment rejects it up front (extend fails per item).
    let is_str = matches!(v.as_obj().map(|o| &o.payload), Some(Payload::Str(_)));
    if (slice_assign && is_str) || !vm.is_iterable(v) {
        return Err(vm.type_error(if slice_assign {
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)".to_string()
        } else {
            format!("can't extend bytearray with {}", vm.type_name(v))
        }));
    }
    vm.collect(v)?.iter().map(|x| byte_value(vm, x)).collect()
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "extend")?;
    let a = rest(&args).fixed(vm, "extend", 1, 1)?;
    let extra = bytes_or_ints(vm, &a[0], false)?;
    b.borrow_mut().extend_from_slice(&extra);
    Ok(Value::None)
}

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "insert")?;
    let a = rest(&args).fixed(vm, "insert", 2, 2)?;
    let i = vm.index_arg(&a[0])?;
    let byte = byte_value(vm, &a[1])?;
    let mut b = b.borrow_mut();
    let n = b.len() as i64;
    // Like list.insert: out-of-range positions clamp to the ends.
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, byte);
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "pop")?;
    let a = rest(&args).fixed(vm, "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    let mut b = b.borrow_mut();
    if b.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match norm_index(i, b.len()) {
        Some(i) => Ok(Value::Int(b.remove(i) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "remove")?;
    let a = rest(&args).fixed(vm, "remove", 1, 1)?;
    let byte = byte_value(vm, &a[0])?;
    let mut b = b.borrow_mut();
    match b.iter().position(|&c| c == byte) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "reverse")?;
    rest(&args).fixed(vm, "reverse", 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "clear")?;
    rest(&args).fixed(vm, "clear", 0, 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "copy")?;
    rest(&args).fixed(vm, "copy", 0, 0)?;
    let data = b.borrow().clone();
    Ok(crate::builtins::bytes::new_bytearray(vm, data))
}

fn setitem_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "__setitem__")?;
    let a = rest(&args).fixed(vm, "__setitem__", 2, 2)?;
    setitem(vm, b, &a[0], &a[1])?;
    Ok(Value::None)
}

fn delitem_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = buffer(vm, &args, "__delitem__")?;
    let a = rest(&args).fixed(vm, "__delitem__", 1, 1)?;
    delitem(vm, b, &a[0])?;
    Ok(Value::None)
}

/// `ba[key] = value` for an index or a slice.
pub fn setitem(vm: &Vm, b: &RefCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(s) = as_slice(key) {
        // Read the source first: it may be this very bytearray.
        let items = bytes_or_ints(vm, value, true)?;
        let len = b.borrow().len();
        let ix = vm.slice_indices(s, len)?;
        let mut b = b.borrow_mut();
        if ix.step == 1 {
            let start = ix.start.clamp(0, len as i64) as usize;
            let end = (start + ix.len).min(len);
            b.splice(start..end, items);
            return Ok(());
        }
        if items.len() != ix.len {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                items.len(),
                ix.len
            )));
        }
        for (i, v) in ix.iter().zip(items) {
            b[i] = v;
        }
        return Ok(());
    }
    let i = vm.seq_index(key, "bytearray")?;
    let byte = byte_value(vm, value)?;
    let mut b = b.borrow_mut();
    match norm_index(i, b.len()) {
        Some(i) => {
            b[i] = byte;
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// `del ba[key]` for an index or a slice.
pub fn delitem(vm: &Vm, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
    if let Some(s) = as_slice(key) {
        let len = b.borrow().len();
        let ix = vm.slice_indices(s, len)?;
        let mut drop: Vec<usize> = ix.iter().collect();
        drop.sort_unstable();
        let mut b = b.borrow_mut();
        for i in drop.into_iter().rev() {
            b.remove(i);
        }
        return Ok(());
    }
    let i = vm.seq_index(key, "bytearray")?;
    let mut b = b.borrow_mut();
    match norm_index(i, b.len()) {
        Some(i) => {
            b.remove(i);
            Ok(())
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}
