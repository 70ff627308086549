//! `set` and `frozenset`: the operators (`| & - ^`, in-place forms, subset comparisons) and
//! the methods, argument handling over the algorithms of `set_algebra` (which follow
//! CPython's, so iteration order matches).

use std::cell::RefCell;

use crate::builtins::set_algebra::{self as alg, as_set, new_like, SetRef};
use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
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

fn table(o: &PyRef) -> SetRef<'_> {
    match &o.payload {
        Payload::Set(c) => SetRef::Mut(c),
        Payload::FrozenSet(t) => SetRef::Frozen(t),
        _ => unreachable!("set methods check their receiver's payload"),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s base kind.
pub fn binary(vm: &Vm, a: &PyRef, b: &Value, op: NumOp) -> PyResult<Value> {
    let so = table(a);
    let result = match op {
        NumOp::Or => alg::union(vm, so, std::slice::from_ref(b))?,
        NumOp::And => alg::intersection(vm, so, b)?,
        NumOp::Sub => alg::difference(vm, so, b)?,
        _ => alg::symmetric_difference(vm, &Value::Obj(a.clone()), b)?,
    };
    Ok(new_like(vm, a, result))
}

/// `a |= b` and kin, mutating the set `a` in place.
pub fn inplace(vm: &Vm, a: &PyRef, b: &Value, op: NumOp) -> PyResult<()> {
    let Payload::Set(cell) = &a.payload else {
        return Ok(());
    };
    match op {
        NumOp::Or => alg::update(vm, cell, b),
        NumOp::And => alg::intersection_update(vm, cell, std::slice::from_ref(b)),
        NumOp::Sub => alg::difference_update(vm, cell, b),
        _ => alg::symmetric_difference_update(vm, cell, b),
    }
}

/// Set comparisons (`set_richcompare`): `==` and the subset/superset orderings.
pub fn compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult<bool> {
    let (ta, tb) = (table(a), table(b));
    let (la, lb) = (ta.len(), tb.len());
    Ok(match op {
        CompareOp::Eq => la == lb && alg::is_subset(vm, ta, tb)?,
        CompareOp::Ne => !(la == lb && alg::is_subset(vm, ta, tb)?),
        CompareOp::Le => alg::is_subset(vm, ta, tb)?,
        CompareOp::Lt => la < lb && alg::is_subset(vm, ta, tb)?,
        CompareOp::Ge => alg::is_subset(vm, tb, ta)?,
        CompareOp::Gt => la > lb && alg::is_subset(vm, tb, ta)?,
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

/// The receiver and the positional arguments after it, for the `*others` methods.
fn this_and_others<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyRef, &'a [Value])> {
    let s = this(vm, args, name)?;
    let others = rest(args).fixed(vm, name, 0, usize::MAX)?;
    Ok((s, others))
}

fn one_other<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyRef, &'a Value)> {
    let s = this(vm, args, name)?;
    let a = rest(args).fixed(vm, name, 1, 1)?;
    Ok((s, &a[0]))
}

fn union(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, others) = this_and_others(vm, &args, "union")?;
    Ok(new_like(vm, s, alg::union(vm, table(s), others)?))
}

fn intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, others) = this_and_others(vm, &args, "intersection")?;
    Ok(new_like(
        vm,
        s,
        alg::intersection_multi(vm, table(s), others)?,
    ))
}

fn difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, others) = this_and_others(vm, &args, "difference")?;
    Ok(new_like(
        vm,
        s,
        alg::difference_multi(vm, table(s), others)?,
    ))
}

fn symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_other(vm, &args, "symmetric_difference")?;
    let result = alg::symmetric_difference(vm, &Value::Obj(s.clone()), other)?;
    Ok(new_like(vm, s, result))
}

/// A set's table for `other`: its own when it is a set, else a temporary one.
fn with_other_set<R>(vm: &Vm, other: &Value, f: impl FnOnce(SetRef) -> PyResult<R>) -> PyResult<R> {
    match as_set(other) {
        Some(o) => f(o),
        None => {
            let tmp = alg::table_from(vm, other)?;
            f(SetRef::Mut(&tmp))
        }
    }
}

fn issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_other(vm, &args, "issubset")?;
    let r = with_other_set(vm, other, |o| alg::is_subset(vm, table(s), o))?;
    Ok(Value::Bool(r))
}

fn issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_other(vm, &args, "issuperset")?;
    let r = with_other_set(vm, other, |o| alg::is_subset(vm, o, table(s)))?;
    Ok(Value::Bool(r))
}

fn isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, other) = one_other(vm, &args, "isdisjoint")?;
    Ok(Value::Bool(alg::is_disjoint(vm, table(s), other)?))
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    rest(&args).fixed(vm, "copy", 0, 0)?;
    // An exact frozenset is its own copy.
    if matches!(s.payload, Payload::FrozenSet(_))
        && std::rc::Rc::ptr_eq(s.class(), &vm.types().frozenset)
    {
        return Ok(Value::Obj(s.clone()));
    }
    Ok(new_like(vm, s, alg::copy_of(vm, table(s))?))
}

/// Runs a membership operation on `key`; an unhashable `set` key is retried as a
/// `frozenset`, as CPython's `set_contains`/`remove`/`discard` do.
fn with_key<R>(vm: &Vm, key: &Value, f: impl Fn(&Value) -> PyResult<R>) -> PyResult<R> {
    match f(key) {
        Err(e)
            if matches!(key.as_obj().map(|o| &o.payload), Some(Payload::Set(_)))
                && vm.err_matches(&e, &vm.types().exc.type_error) =>
        {
            let frozen = vm.new_frozenset(elements(key.as_obj().expect("checked above")))?;
            f(&frozen)
        }
        r => r,
    }
}

/// `key in s` for a set or frozenset `s` (`set_contains`).
pub fn contains_key(vm: &Vm, s: &PyRef, key: &Value) -> PyResult<bool> {
    let t = table(s);
    with_key(vm, key, |k| crate::set::contains(vm, &t, k))
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, key) = one_other(vm, &args, "__contains__")?;
    Ok(Value::Bool(contains_key(vm, s, key)?))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(table(s).len() as i64))
}

fn set_cell<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a RefCell<SetTable>> {
    match &this(vm, args, name)?.payload {
        Payload::Set(s) => Ok(s),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "add")?;
    let a = rest(&args).fixed(vm, "add", 1, 1)?;
    crate::set::add(vm, s, a[0].clone())?;
    Ok(Value::None)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "remove")?;
    let a = rest(&args).fixed(vm, "remove", 1, 1)?;
    if !with_key(vm, &a[0], |k| crate::set::discard(vm, s, k))? {
        return Err(vm.key_error(a[0].clone()));
    }
    Ok(Value::None)
}

fn discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "discard")?;
    let a = rest(&args).fixed(vm, "discard", 1, 1)?;
    with_key(vm, &a[0], |k| crate::set::discard(vm, s, k))?;
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "pop")?;
    rest(&args).fixed(vm, "pop", 0, 0)?;
    let v = s.borrow_mut().pop();
    v.ok_or_else(|| vm.new_error(&vm.types().exc.key_error, "pop from an empty set"))
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "clear")?;
    rest(&args).fixed(vm, "clear", 0, 0)?;
    let old = {
        let mut t = s.borrow_mut();
        let old = std::mem::take(&mut *t);
        t.version = old.version + 1;
        old
    };
    drop(old);
    Ok(Value::None)
}

fn update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "update")?;
    for other in rest(&args).fixed(vm, "update", 0, usize::MAX)? {
        alg::update(vm, s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "intersection_update")?;
    let others = rest(&args).fixed(vm, "intersection_update", 0, usize::MAX)?;
    alg::intersection_update(vm, s, others)?;
    Ok(Value::None)
}

fn difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "difference_update")?;
    for other in rest(&args).fixed(vm, "difference_update", 0, usize::MAX)? {
        alg::difference_update(vm, s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = set_cell(vm, &args, "symmetric_difference_update")?;
    let a = rest(&args).fixed(vm, "symmetric_difference_update", 1, 1)?;
    alg::symmetric_difference_update(vm, s, &a[0])?;
    Ok(Value::None)
}
