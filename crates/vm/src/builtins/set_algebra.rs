//! The set algorithms behind `| & - ^`, their in-place forms and the named methods, following
//! the strategies of CPython 3.11's `setobject.c`: which operand is iterated, when a table is
//! copied whole, when it is resized up front or rebuilt to shed dummies. Iteration order is
//! table order, so matching these choices is what makes `print(a & b)` list elements as
//! CPython does — and it keeps the in-place forms O(len(other)) rather than rebuilding.
//!
//! Every table is read through a snapshot of its entries before Python code (`__eq__`,
//! `__hash__`, iteration) can run, so a callback that mutates a set never meets a borrowed one.

use std::cell::RefCell;
use std::rc::Rc;

use crate::object::Payload;
use crate::set::{add_hashed, contains_hashed, discard_hashed, SetTable, TableAccess};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The table of a `set` (mutable, in a `RefCell`) or a `frozenset`.
#[derive(Clone, Copy)]
pub enum SetRef<'a> {
    Mut(&'a RefCell<SetTable>),
    Frozen(&'a SetTable),
}

impl TableAccess for SetRef<'_> {
    fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        match self {
            SetRef::Mut(c) => f(&c.borrow()),
            SetRef::Frozen(t) => f(t),
        }
    }
}

impl SetRef<'_> {
    pub fn len(&self) -> usize {
        self.with(|t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn entries(&self) -> Vec<(i64, Value)> {
        self.with(|t| t.entries())
    }

    /// Whether this is the table in `cell` (`so == other` in CPython).
    fn is_cell(&self, cell: &RefCell<SetTable>) -> bool {
        matches!(self, SetRef::Mut(c) if std::ptr::eq(*c, cell))
    }

    fn same(&self, other: &SetRef) -> bool {
        match (self, other) {
            (SetRef::Mut(a), SetRef::Mut(b)) => std::ptr::eq(*a, *b),
            (SetRef::Frozen(a), SetRef::Frozen(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

/// The table of `v` when it is a set or frozenset (of any subclass).
pub fn as_set(v: &Value) -> Option<SetRef<'_>> {
    match &v.as_obj()?.payload {
        Payload::Set(c) => Some(SetRef::Mut(c)),
        Payload::FrozenSet(t) => Some(SetRef::Frozen(t)),
        _ => None,
    }
}

/// The entries (hash, key) of `v` when it is exactly a `dict`, whose stored hashes CPython
/// reuses instead of iterating.
fn exact_dict_entries(vm: &Vm, v: &Value) -> Option<Vec<(i64, Value)>> {
    let o = v.as_obj()?;
    match &o.payload {
        Payload::Dict(d) if Rc::ptr_eq(o.class(), &vm.types().dict) => {
            Some(d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect())
        }
        _ => None,
    }
}

fn exact_dict_len(vm: &Vm, v: &Value) -> Option<usize> {
    let o = v.as_obj()?;
    match &o.payload {
        Payload::Dict(d) if Rc::ptr_eq(o.class(), &vm.types().dict) => Some(d.borrow().len()),
        _ => None,
    }
}

/// Calls `f` with each item of the iterable `v`.
fn for_each(vm: &Vm, v: &Value, mut f: impl FnMut(Value) -> PyResult<()>) -> PyResult<()> {
    let it = vm.iter(v)?;
    while let Some(x) = vm.next(&it)? {
        f(x)?;
    }
    Ok(())
}

/// `set_update_internal`: adds the items of any iterable to `cell`.
pub fn update(vm: &Vm, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if o.is_cell(cell) {
            return Ok(());
        }
        return crate::set::merge(vm, cell, &o);
    }
    if let Some(entries) = exact_dict_entries(vm, other) {
        cell.borrow_mut().reserve_for(entries.len());
        for (h, k) in entries {
            add_hashed(vm, cell, h, k)?;
        }
        return Ok(());
    }
    for_each(vm, other, |x| crate::set::add(vm, cell, x))
}

/// A new table holding the items of `so` (`set_copy`).
pub fn copy_of(vm: &Vm, so: SetRef) -> PyResult<RefCell<SetTable>> {
    let cell = RefCell::new(SetTable::new());
    crate::set::merge(vm, &cell, &so)?;
    Ok(cell)
}

/// A new table holding the items of any iterable.
pub fn table_from(vm: &Vm, items: &Value) -> PyResult<RefCell<SetTable>> {
    let cell = RefCell::new(SetTable::new());
    update(vm, &cell, items)?;
    Ok(cell)
}

/// `set_intersection`: a new table of the items of `so` also in `other`, built by walking
/// the smaller of two sets (or `other` when it is any iterable).
pub fn intersection(vm: &Vm, so: SetRef, other: &Value) -> PyResult<RefCell<SetTable>> {
    let result = RefCell::new(SetTable::new());
    if let Some(o) = as_set(other) {
        if o.same(&so) {
            return copy_of(vm, so);
        }
        let (walked, probed) = if o.len() > so.len() { (so, o) } else { (o, so) };
        for (h, k) in walked.entries() {
            if contains_hashed(vm, &probed, h, &k)? {
                add_hashed(vm, &result, h, k)?;
            }
        }
        return Ok(result);
    }
    for_each(vm, other, |k| {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, &so, h, &k)? {
            add_hashed(vm, &result, h, k)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// `set_intersection_multi`: `so & o1 & o2 ...`, or a copy with no others.
pub fn intersection_multi(vm: &Vm, so: SetRef, others: &[Value]) -> PyResult<RefCell<SetTable>> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(vm, so);
    };
    let mut result = intersection(vm, so, first)?;
    for other in rest {
        result = intersection(vm, SetRef::Mut(&result), other)?;
    }
    Ok(result)
}

/// `set_intersection_update`: keeps only the items also in `others`; the set takes the
/// layout of the freshly built intersection, as CPython swaps the tables' bodies.
pub fn intersection_update(vm: &Vm, cell: &RefCell<SetTable>, others: &[Value]) -> PyResult<()> {
    let fresh = intersection_multi(vm, SetRef::Mut(cell), others)?;
    let mut fresh = fresh.into_inner();
    cell.borrow_mut().swap_body(&mut fresh);
    drop(fresh);
    Ok(())
}

/// `set_difference_update_internal`: removes the items of `other` from `cell`, then
/// rebuilds the table if more than a quarter of it is dummies.
pub fn difference_update(vm: &Vm, cell: &RefCell<SetTable>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if o.is_cell(cell) {
            let old = std::mem::take(&mut *cell.borrow_mut());
            cell.borrow_mut().version = old.version + 1;
            drop(old);
            return Ok(());
        }
        // A much larger other: only the common items matter.
        let entries = if (o.len() >> 3) > cell.borrow().len() {
            intersection(vm, SetRef::Mut(cell), other)?
                .into_inner()
                .entries()
        } else {
            o.entries()
        };
        for (h, k) in entries {
            discard_hashed(vm, cell, h, &k)?;
        }
    } else {
        for_each(vm, other, |k| crate::set::discard(vm, cell, &k).map(drop))?;
    }
    cell.borrow_mut().shed_dummies();
    Ok(())
}

/// `set_difference`: a new table of the items of `so` not in `other`. A small `other`
/// (or one that is neither a set nor a dict) is handled by copying `so` and removing.
pub fn difference(vm: &Vm, so: SetRef, other: &Value) -> PyResult<RefCell<SetTable>> {
    let other_size = match as_set(other) {
        Some(o) => Some(o.len()),
        None => exact_dict_len(vm, other),
    };
    let copy_then_remove = match other_size {
        Some(n) => (so.len() >> 2) > n,
        None => true,
    };
    if copy_then_remove {
        let result = copy_of(vm, so)?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let result = RefCell::new(SetTable::new());
    match as_set(other) {
        Some(o) => {
            for (h, k) in so.entries() {
                if !contains_hashed(vm, &o, h, &k)? {
                    add_hashed(vm, &result, h, k)?;
                }
            }
        }
        None => {
            let Some(Payload::Dict(d)) = other.as_obj().map(|o| &o.payload) else {
                return Ok(result);
            };
            for (h, k) in so.entries() {
                if crate::dict::get_hashed(vm, d, h, &k)?.is_none() {
                    add_hashed(vm, &result, h, k)?;
                }
            }
        }
    }
    Ok(result)
}

/// `set_difference_multi`: `so - o1 - o2 ...`, or a copy with no others.
pub fn difference_multi(vm: &Vm, so: SetRef, others: &[Value]) -> PyResult<RefCell<SetTable>> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(vm, so);
    };
    let result = difference(vm, so, first)?;
    for other in rest {
        difference_update(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`: each item of `other` is removed when present and
/// added when not.
pub fn symmetric_difference_update(
    vm: &Vm,
    cell: &RefCell<SetTable>,
    other: &Value,
) -> PyResult<()> {
    let entries = match as_set(other) {
        Some(o) if o.is_cell(cell) => {
            let old = std::mem::take(&mut *cell.borrow_mut());
            cell.borrow_mut().version = old.version + 1;
            drop(old);
            return Ok(());
        }
        Some(o) => o.entries(),
        None => match exact_dict_entries(vm, other) {
            Some(entries) => entries,
            None => table_from(vm, other)?.into_inner().entries(),
        },
    };
    for (h, k) in entries {
        if !discard_hashed(vm, cell, h, &k)? {
            add_hashed(vm, cell, h, k)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a table built from `other`, then updated with `so`'s items.
pub fn symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult<RefCell<SetTable>> {
    let result = table_from(vm, other)?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// `so | o1 | o2 ...` (`set_union`): a copy of `so` updated with each other but `so` itself.
pub fn union(vm: &Vm, so: SetRef, others: &[Value]) -> PyResult<RefCell<SetTable>> {
    let result = copy_of(vm, so)?;
    for other in others {
        if as_set(other).is_some_and(|o| o.same(&so)) {
            continue;
        }
        update(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_issubset` for two sets: every item of `a` is in `b`.
pub fn is_subset(vm: &Vm, a: SetRef, b: SetRef) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !contains_hashed(vm, &b, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`: no item of `other` is in `so`, walking the smaller of two sets.
pub fn is_disjoint(vm: &Vm, so: SetRef, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        if o.same(&so) {
            return Ok(so.is_empty());
        }
        let (walked, probed) = if o.len() > so.len() { (so, o) } else { (o, so) };
        for (h, k) in walked.entries() {
            if contains_hashed(vm, &probed, h, &k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if contains_hashed(vm, &so, h, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The object of the set's base kind for a new result: a `set` when `like` is a set (or a
/// subclass), else a `frozenset` (`make_new_set_basetype`).
pub fn new_like(vm: &Vm, like: &PyRef, table: RefCell<SetTable>) -> Value {
    let obj = if matches!(like.payload, Payload::FrozenSet(_)) {
        crate::object::PyObject::new(
            vm.types().frozenset.clone(),
            Payload::FrozenSet(table.into_inner()),
        )
    } else {
        crate::object::PyObject::new(vm.types().set.clone(), Payload::Set(table))
    };
    Value::Obj(obj)
}
