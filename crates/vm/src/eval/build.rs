//! Operators, subscripts, building containers and strings, unpacking.

use bytecode::opcode::Opcode as Op;

use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::ops::number::BinOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn binary_op(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    // Two inline numbers: computed in place on the stack, no dispatch.
    if let [.., lhs, rhs] = f.stack.as_slice() {
        if let Some(v) = crate::ops::number::fast_binary(a, lhs, rhs) {
            f.stack.pop();
            if let Some(top) = f.stack.last_mut() {
                *top = v;
            }
            return Ok(());
        }
    }
    let rhs = f.pop();
    let lhs = f.pop();
    let op = BinOp::from_oparg(a).ok_or_else(|| vm.type_error("bad BINARY_OP argument"))?;
    let v = vm.binary_op(&lhs, &rhs, op)?;
    f.push(v);
    Ok(())
}

pub fn unary(vm: &Vm, f: &mut Frame, op: Op) -> PyResult<()> {
    let v = f.pop();
    let r = match op {
        Op::UNARY_NOT => Value::Bool(!vm.truthy(&v)?),
        Op::UNARY_NEGATIVE => vm.unary_op(&v, "__neg__", "unary -")?,
        Op::UNARY_POSITIVE => vm.unary_op(&v, "__pos__", "unary +")?,
        _ => vm.unary_op(&v, "__invert__", "unary ~")?,
    };
    f.push(r);
    Ok(())
}

pub fn compare(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    if let [.., lhs, rhs] = f.stack.as_slice() {
        if let Some(v) = crate::ops::compare::fast_compare(a, lhs, rhs) {
            f.stack.pop();
            if let Some(top) = f.stack.last_mut() {
                *top = Value::Bool(v);
            }
            return Ok(());
        }
    }
    let rhs = f.pop();
    let lhs = f.pop();
    let op = CompareOp::from_oparg(a).ok_or_else(|| vm.type_error("bad COMPARE_OP argument"))?;
    let v = vm.rich_compare(&lhs, &rhs, op)?;
    f.push(v);
    Ok(())
}

pub fn is_op(f: &mut Frame, a: usize) {
    let rhs = f.pop();
    let lhs = f.pop();
    f.push(Value::Bool(lhs.is(&rhs) != (a == 1)));
}

pub fn contains_op(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let container = f.pop();
    let item = f.pop();
    let found = vm.contains(&container, &item)?;
    f.push(Value::Bool(found != (a == 1)));
    Ok(())
}

/// `seq[i]` for an exact list or tuple and an inline int in range: the item, read without
/// dispatch. `None` for everything else (including an index out of range, whose error the
/// general path raises).
fn fast_item(vm: &Vm, obj: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (obj, key) else {
        return None;
    };
    let types = vm.types();
    match &o.payload {
        Payload::List(l) if std::rc::Rc::ptr_eq(o.class(), &types.list) => {
            let items = l.borrow();
            crate::ops::container::norm_index(*i, items.len()).map(|i| items[i].clone())
        }
        Payload::Tuple(t) if std::rc::Rc::ptr_eq(o.class(), &types.tuple) => {
            crate::ops::container::norm_index(*i, t.len()).map(|i| t[i].clone())
        }
        _ => None,
    }
}

pub fn subscr(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    if let [.., obj, key] = f.stack.as_slice() {
        if let Some(v) = fast_item(vm, obj, key) {
            f.stack.pop();
            if let Some(top) = f.stack.last_mut() {
                // The container is dropped here, after the item was cloned out of it.
                *top = v;
            }
            return Ok(());
        }
    }
    let key = f.pop();
    let obj = f.pop();
    let v = vm.getitem(&obj, &key)?;
    f.push(v);
    Ok(())
}

pub fn store_subscr(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let key = f.pop();
    let obj = f.pop();
    let v = f.pop();
    // `lst[i] = v` on an exact list with an inline int in range: stored in place.
    if let (Value::Obj(o), Value::Int(i)) = (&obj, &key) {
        if let Payload::List(l) = &o.payload {
            if std::rc::Rc::ptr_eq(o.class(), &vm.types().list) {
                let old = {
                    let mut items = l.borrow_mut();
                    crate::ops::container::norm_index(*i, items.len())
                        .map(|i| std::mem::replace(&mut items[i], v.clone()))
                };
                if let Some(old) = old {
                    // Dropped after the borrow ends: a finaliser may touch the list.
                    drop(old);
                    return Ok(());
                }
            }
        }
    }
    vm.setitem(&obj, key, v)
}

pub fn delete_subscr(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let key = f.pop();
    let obj = f.pop();
    vm.delitem(&obj, &key)
}

pub fn tuple(vm: &Vm, f: &mut Frame, n: usize) {
    let items = f.pop_n(n);
    f.push(vm.new_tuple(items));
}

pub fn list(vm: &Vm, f: &mut Frame, n: usize) {
    let items = f.pop_n(n);
    f.push(vm.new_list(items));
}

pub fn set(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let items = f.pop_n(n);
    f.push(vm.new_set(items)?);
    Ok(())
}

pub fn map(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let items = f.pop_n(2 * n);
    let d = vm.new_dict();
    for pair in items.chunks(2) {
        vm.dict_set(&d, pair[0].clone(), pair[1].clone())?;
    }
    f.push(Value::Obj(d));
    Ok(())
}

pub fn const_key_map(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let keys = f.pop();
    let values = f.pop_n(n);
    let d = vm.new_dict();
    let keys = keys
        .as_obj()
        .and_then(|k| k.as_tuple())
        .unwrap_or(&[])
        .to_vec();
    for (k, v) in keys.into_iter().zip(values) {
        vm.dict_set(&d, k, v)?;
    }
    f.push(Value::Obj(d));
    Ok(())
}

pub fn slice(vm: &Vm, f: &mut Frame, n: usize) {
    let step = if n == 3 { f.pop() } else { Value::None };
    let stop = f.pop();
    let start = f.pop();
    f.push(Value::Obj(PyObject::new(
        vm.types().slice.clone(),
        Payload::Slice(Box::new([start, stop, step])),
    )));
}

pub fn string(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let parts = f.pop_n(n);
    let mut out = String::new();
    for p in &parts {
        match p.as_obj().and_then(|o| o.as_str()) {
            Some(s) => out.push_str(s.as_str()),
            None => return Err(vm.type_error("BUILD_STRING expects strings")),
        }
    }
    f.push(vm.new_str(out));
    Ok(())
}

/// The container `n` below the items this instruction consumes (`LIST_APPEND` and kin).
fn container(f: &Frame, n: usize) -> Value {
    f.peek(n).clone()
}

pub fn list_append(f: &mut Frame, n: usize) {
    let v = f.pop();
    if let Some(Payload::List(l)) = container(f, n).as_obj().map(|o| &o.payload) {
        l.borrow_mut().push(v);
    }
}

pub fn set_add(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let v = f.pop();
    if let Some(Payload::Set(s)) = container(f, n).as_obj().map(|o| &o.payload) {
        crate::set::add(vm, s, v)?;
    }
    Ok(())
}

pub fn map_add(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let value = f.pop();
    let key = f.pop();
    if let Some(d) = container(f, n).as_obj() {
        vm.dict_set(d, key, value)?;
    }
    Ok(())
}

pub fn list_extend(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let iterable = f.pop();
    let items = match vm.collect(&iterable) {
        Ok(items) => items,
        Err(e) if vm.err_matches(&e, &vm.types().exc.type_error) && !vm.is_iterable(&iterable) => {
            return Err(vm.type_error(format!(
                "Value after * must be an iterable, not {}",
                vm.type_name(&iterable)
            )))
        }
        Err(e) => return Err(e),
    };
    if let Some(Payload::List(l)) = container(f, n).as_obj().map(|o| &o.payload) {
        l.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn set_update(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let iterable = f.pop();
    match container(f, n).as_obj().map(|o| &o.payload) {
        Some(Payload::Set(s)) => crate::builtins::set_algebra::update(vm, s, &iterable),
        _ => Ok(()),
    }
}

/// `DICT_UPDATE` (`{**m}`) and `DICT_MERGE` (`f(**m)`, which rejects repeated keys).
pub fn dict_update(vm: &Vm, f: &mut Frame, n: usize, merge: bool) -> PyResult<()> {
    let other = f.pop();
    let target = container(f, n);
    let Some(d) = target.as_obj() else {
        return Ok(());
    };
    let pairs = match vm.mapping_items(&other) {
        Ok(p) => p,
        Err(e) if vm.err_matches(&e, &vm.types().exc.attribute_error) => {
            let msg = if merge {
                let func = f.peek(n + 2).clone();
                format!(
                    "{} argument after ** must be a mapping, not {}",
                    vm.callable_description(&func),
                    vm.type_name(&other)
                )
            } else {
                format!("'{}' object is not a mapping", vm.type_name(&other))
            };
            return Err(vm.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    for (k, v) in pairs {
        if merge {
            if k.as_obj().and_then(|o| o.as_str()).is_none() {
                return Err(vm.type_error("keywords must be strings"));
            }
            if let Some(cell) = d.as_dict() {
                if crate::dict::get(vm, cell, &k)?.is_some() {
                    let func = f.peek(n + 2).clone();
                    return Err(vm.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        vm.callable_description(&func),
                        vm.str_of(&k)?
                    )));
                }
            }
        }
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

pub fn list_to_tuple(vm: &Vm, f: &mut Frame) {
    let l = f.pop();
    let items = match l.as_obj().map(|o| &o.payload) {
        Some(Payload::List(items)) => items.borrow().clone(),
        _ => Vec::new(),
    };
    f.push(vm.new_tuple(items));
}

pub fn unpack_sequence(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let seq = f.pop();
    let items = vm.unpack(&seq, n, None)?;
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn unpack_ex(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let (before, after) = (a & 0xFF, a >> 8);
    let seq = f.pop();
    let items = vm.unpack(&seq, before, Some(after))?;
    // `items` is before + [star list] + after; pushed in reverse.
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn format_value(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let spec = if a & 0x04 != 0 { Some(f.pop()) } else { None };
    let v = f.pop();
    let v = match a & 0x03 {
        1 => vm.new_str(vm.str_of(&v)?),
        2 => vm.new_str(vm.repr(&v)?),
        3 => vm.new_str(vm.ascii(&v)?),
        _ => v,
    };
    let spec_text = match &spec {
        Some(s) => vm.str_of(s)?,
        None => String::new(),
    };
    let is_exact_str = v
        .as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o.class(), &vm.types().str));
    if is_exact_str && spec_text.is_empty() {
        f.push(v);
        return Ok(());
    }
    let s = vm.format(&v, &spec_text)?;
    f.push(vm.new_str(s));
    Ok(())
}

pub fn get_len(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let n = vm.len(f.top())?;
    f.push(Value::Int(n as i64));
    Ok(())
}
