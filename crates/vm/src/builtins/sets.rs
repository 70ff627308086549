//! `set` and `frozenset`: the operators (`| & - ^`, in-place forms, subset comparisons) and
//! the methods, on top of CPython's set table (`crate::set`) so iteration order matches.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg};
use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::ops::number::NumOp;
use crate::set::SetTable;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    for t in [&vm.types().set, &vm.types().frozenset] {
        method(vm, t, "union", union);
        method(vm, t, "intersection", intersection);
        method(vm, t, "difference", difference);
        method(vm, t, "symmetric_difference", symmetric_difference);
        method(vm, t, "issubset", issubset);
        method(vm, t, "issuperset", issuperset);
        method(vm, t, "isdisjoint", isdisjoint);
        method(vm, t, "copy", copy);
        method(vm, t, "__contains__", contains);
        method(vm, t, "__len__", len);
    }
    let t = &vm.types().set;
    method(vm, t, "add", add);
    method(vm, t, "remove", remove);
    method(vm, t, "discard", discard);
    method(vm, t, "pop", pop);
    method(vm, t, "clear", clear);
    method(vm, t, "update", update);
    method(vm, t, "intersection_update", intersection_update);
    method(vm, t, "difference_update", difference_update);
    method(
        vm,
        t,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

/// The elements of a set or frozenset, in iteration order.
pub fn elements(o: &PyRef) -> Vec<Value> {
    match &o.payload {
        Payload::Set(s) => s.borrow().iter().cloned().collect(),
        Payload::FrozenSet(s) => s.iter().cloned().collect(),
        _ => Vec::new(),
    }
}

fn table_of(vm: &Vm, items: Vec<Value>) -> PyResult<RefCell<SetTable>> {
    let cell = RefCell::new(SetTable::new());
    for i in items {
        crate::set::add(vm, &cell, i)?;
    }
    Ok(cell)
}

fn contains_in(vm: &Vm, o: &PyRef, v: &Value) -> PyResult<bool> {
    match &o.payload {
        Payload::Set(s) => crate::set::contains(vm, s, v),
        Payload::FrozenSet(s) => crate::set::contains(vm, s, v),
        _ => Ok(false),
    }
}

/// A new set of the same kind (set or frozenset) as `like`.
fn new_like(vm: &Vm, like: &PyRef, items: Vec<Value>) -> PyResult<Value> {
    let cell = table_of(vm, items)?;
    Ok(Value::Obj(
        if matches!(like.payload, Payload::FrozenSet(_)) {
            PyObject::new(
                vm.types().frozenset.clone(),
                Payload::FrozenSet(cell.into_inner()),
            )
        } else {
            PyObject::new(vm.types().set.clone(), Payload::Set(cell))
        },
    ))
}

fn combine(vm: &Vm, a: &PyRef, other: &[Value], op: NumOp) -> PyResult<Vec<Value>> {
    let mine = elements(a);
    let other_set = table_of(vm, other.to_vec())?;
    let mut out = Vec::new();
    match op {
        NumOp::Or => {
            out.extend(mine);
            out.extend(other.iter().cloned());
        }
        NumOp::And => {
            for v in mine {
                if crate::set::contains(vm, &other_set, &v)? {
                    out.push(v);
                }
            }
        }
        NumOp::Sub => {
            for v in mine {
                if !crate::set::contains(vm, &other_set, &v)? {
                    out.push(v);
                }
            }
        }
        _ => {
            let mine_set = table_of(vm, mine.clone())?;
            for v in mine {
                if !crate::set::contains(vm, &other_set, &v)? {
                    out.push(v);
                }
            }
            for v in other {
                if !crate::set::contains(vm, &mine_set, v)? {
                    out.push(v.clone());
                }
            }
        }
    }
    Ok(out)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets.
pub fn binary(vm: &Vm, a: &PyRef, b: &Value, op: NumOp) -> PyResult<Value> {
    let other = b.as_obj().map(elements).unwrap_or_default();
    let items = combine(vm, a, &other, op)?;
    new_like(vm, a, items)
}

/// `a |= b` and kin, mutating `a`.
pub fn inplace(vm: &Vm, a: &PyRef, b: &Value, op: NumOp) -> PyResult<()> {
    let other = match b.as_obj() {
        Some(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => elements(o),
        _ => vm.collect(b)?,
    };
    let items = combine(vm, a, &other, op)?;
    if let Payload::Set(s) = &a.payload {
        let fresh = table_of(vm, items)?;
        let old = std::mem::replace(&mut *s.borrow_mut(), fresh.into_inner());
        drop(old);
    }
    Ok(())
}

/// Set comparisons: `==` and the subset/superset orderings.
pub fn compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult<bool> {
    let (la, lb) = (elements(a).len(), elements(b).len());
    let subset = |x: &PyRef, y: &PyRef| -> PyResult<bool> {
        for v in elements(x) {
            if !contains_in(vm, y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CompareOp::Eq => la == lb && subset(a, b)?,
        CompareOp::Ne => !(la == lb && subset(a, b)?),
        CompareOp::Le => la <= lb && subset(a, b)?,
        CompareOp::Lt => la < lb && subset(a, b)?,
        CompareOp::Ge => la >= lb && subset(b, a)?,
        CompareOp::Gt => la > lb && subset(b, a)?,
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match self_arg(vm, args, name)? {
        Value::Obj(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
    }
}

fn multi(vm: &Vm, args: Args, name: &str, op: NumOp) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let r = rest(&args);
    let mut items = elements(s);
    let mut acc = new_like(vm, s, items.clone())?;
    for other in r.fixed(vm, name, 0, usize::MAX)? {
        let other_items = vm.collect(other)?;
        let Some(acc_o) = acc.as_obj().cloned() else {
            break;
        };
        items = combine(vm, &acc_o, &other_items, op)?;
        acc = new_like(vm, s, items.clone())?;
    }
    Ok(acc)
}

fn union(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "union", NumOp::Or)
}

fn intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "intersection", NumOp::And)
}

fn difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "difference", NumOp::Sub)
}

fn symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, "symmetric_difference", NumOp::Xor)
}

fn other_set(vm: &Vm, v: &Value) -> PyResult<PyRef> {
    match v.as_obj() {
        Some(o) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o.clone()),
        _ => {
            let cell = table_of(vm, vm.collect(v)?)?;
            Ok(PyObject::new(
                vm.types().frozenset.clone(),
                Payload::FrozenSet(cell.into_inner()),
            ))
        }
    }
}

fn issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    let r = rest(&args);
    let a = r.fixed(vm, "issubset", 1, 1)?;
    Ok(Value::Bool(compare(
        vm,
        s,
        &other_set(vm, &a[0])?,
        CompareOp::Le,
    )?))
}

fn issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    let r = rest(&args);
    let a = r.fixed(vm, "issuperset", 1, 1)?;
    Ok(Value::Bool(compare(
        vm,
        s,
        &other_set(vm, &a[0])?,
        CompareOp::Ge,
    )?))
}

fn isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let r = rest(&args);
    let a = r.fixed(vm, "isdisjoint", 1, 1)?;
    for v in vm.collect(&a[0])? {
        if contains_in(vm, s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    new_like(vm, s, elements(s))
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    let r = rest(&args);
    let a = r.fixed(vm, "__contains__", 1, 1)?;
    Ok(Value::Bool(contains_in(vm, s, &a[0])?))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(elements(s).len() as i64))
}

fn set_cell<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<SetTable>> {
    match &this(vm, args, name)?.payload {
        Payload::Set(s) => Ok(s),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "add")?;
    let r = rest(&args);
    let a = r.fixed(vm, "add", 1, 1)?;
    crate::set::add(vm, s, a[0].clone())?;
    Ok(Value::None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "remove")?;
    let r = rest(&args);
    let a = r.fixed(vm, "remove", 1, 1)?;
    if !crate::set::discard(vm, s, &a[0])? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "discard")?;
    let r = rest(&args);
    let a = r.fixed(vm, "discard", 1, 1)?;
    crate::set::discard(vm, s, &a[0])?;
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "pop")?;
    let v = s.borrow_mut().pop();
    v.ok_or_else(|| vm.new_error(&vm.types().exc.key_error, "pop from an empty set"))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "clear")?;
    let old = std::mem::take(&mut *s.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn update_op(vm: &Vm, args: Args, name: &str, op: NumOp) -> PyResult<Value> {
    let s = this(vm, &args, name)?.clone();
    let r = rest(&args);
    for other in r.fixed(vm, name, 0, usize::MAX)? {
        let items = vm.collect(other)?;
        let t = vm.new_list(items);
        let fs = other_set(vm, &t)?;
        inplace(vm, &s, &Value::Obj(fs), op)?;
    }
    Ok(Value::None)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_op(vm, args, "update", NumOp::Or)
}

fn intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_op(vm, args, "intersection_update", NumOp::And)
}

fn difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_op(vm, args, "difference_update", NumOp::Sub)
}

fn symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_op(vm, args, "symmetric_difference_update", NumOp::Xor)
}
