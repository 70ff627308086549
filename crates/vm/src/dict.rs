//! The `dict` table: insertion-ordered entries plus an open-addressing index, as CPython's
//! compact dict.
//!
//! Keys are compared with Python's `==`, which can run Python code — and that code can
//! mutate the very dict being searched. So lookups never hold the `RefCell` borrow across an
//! `__eq__` call: they copy the candidate key out, release the borrow, compare, and restart
//! the search if the table's `version` changed meanwhile (CPython restarts the same way).
//! Exact `str`, `int`, `float` and `bool` keys compare without leaving Rust.

use std::cell::RefCell;

use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A dict's table.
#[derive(Default, Clone)]
pub struct Dict {
    /// In insertion order; deleted entries are `None` until the next resize compacts them.
    entries: Vec<Option<Entry>>,
    /// Slot -> index into `entries`, or EMPTY/DUMMY. Length is a power of two (or zero).
    indices: Vec<i32>,
    used: usize,
    /// Bumped whenever a key is added or removed, so searches interrupted by Python code can
    /// tell that the table moved under them.
    pub version: u64,
}

/// What a probe by key identity learnt.
enum Identical {
    /// The index of the entry holding the key object.
    Found(usize),
    /// No entry has the key's hash: the key is certainly absent.
    Absent,
    /// An entry with the same hash holds another object: compare by value.
    Unknown,
}

/// Where a key is, or where it would go.
enum Slot {
    Found(usize),
    Missing,
}

/// Whether two keys are equal without running Python code: `Some(answer)` for the exact
/// built-in types whose `==` is known, `None` when `__eq__` must be called.
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == *y as i64),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(*x as f64 == *y && (*y as i64) == *x)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
                _ => None,
            }
        }
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            // A str never equals a number or None.
            Payload::Str(_) => Some(false),
            _ => None,
        },
        _ => Some(false),
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at raw position `pos` and the next raw position, skipping deleted ones
    /// (for iterators that must survive the table being borrowed anew each step).
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn clear(&mut self) {
        *self = Dict {
            version: self.version + 1,
            ..Dict::default()
        };
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// The probe sequence for `hash` (CPython's `i = 5*i + perturb + 1`).
    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if first {
                first = false;
            } else {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            Some(i)
        })
    }

    /// Searches with a key comparison that cannot run Python code. `Err(candidate)` hands
    /// back a key that needs a real `__eq__` call.
    fn find_fast(&self, hash: i64, key: &Value) -> Result<Slot, (usize, Value)> {
        if self.indices.is_empty() {
            return Ok(Slot::Missing);
        }
        for slot in self.probe(hash) {
            match self.indices[slot] {
                EMPTY => return Ok(Slot::Missing),
                DUMMY => continue,
                ix => {
                    let Some(e) = &self.entries[ix as usize] else {
                        continue;
                    };
                    if e.hash != hash {
                        continue;
                    }
                    match fast_key_eq(&e.key, key) {
                        Some(true) => return Ok(Slot::Found(ix as usize)),
                        Some(false) => continue,
                        None => return Err((ix as usize, e.key.clone())),
                    }
                }
            }
        }
        Ok(Slot::Missing)
    }

    /// Looks up a `str` key without a VM (for attribute and global lookups). `None` when
    /// a key of another type with the same hash would need `__eq__`, which callers treat as
    /// "use the general path".
    pub fn get_str(&self, name: &str, hash: i64) -> Option<Option<&Value>> {
        self.get_name(None, name, hash)
    }

    /// `get_str` for a name that is also a str object `key` (usually interned, as the
    /// names of code objects are): an entry holding that very object matches without
    /// comparing text.
    #[inline]
    pub fn get_name(&self, key: Option<&PyRef>, name: &str, hash: i64) -> Option<Option<&Value>> {
        if let Some(k) = key {
            match self.get_identical(k, hash) {
                Identical::Found(ix) => return Some(self.entries[ix].as_ref().map(|e| &e.value)),
                Identical::Absent => return Some(None),
                Identical::Unknown => {}
            }
        }
        self.name_index(key, name, hash)
            .map(|ix| ix.and_then(|ix| self.entries[ix].as_ref().map(|e| &e.value)))
    }

    /// Probes for the entry whose key is the object `key` itself with a plain loop: the hit
    /// path of variable and attribute loads, whose names are interned. A miss is certain
    /// when no entry along the probe had the same hash.
    #[inline]
    fn get_identical(&self, key: &PyRef, hash: i64) -> Identical {
        let mask = self.indices.len().wrapping_sub(1);
        if self.indices.is_empty() {
            return Identical::Absent;
        }
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut same_hash = false;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if same_hash {
                    Identical::Unknown
                } else {
                    Identical::Absent
                };
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        match &e.key {
                            Value::Obj(o) if std::rc::Rc::ptr_eq(o, key) => {
                                return Identical::Found(ix as usize)
                            }
                            _ => same_hash = true,
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Where the str key `name` (maybe the object `key`) is: `Some(Some(index))`,
    /// `Some(None)` when absent, `None` when a non-str key of equal hash would need `__eq__`.
    fn name_index(&self, key: Option<&PyRef>, name: &str, hash: i64) -> Option<Option<usize>> {
        if self.indices.is_empty() {
            return Some(None);
        }
        for slot in self.probe(hash) {
            match self.indices[slot] {
                EMPTY => return Some(None),
                DUMMY => continue,
                ix => {
                    let Some(e) = &self.entries[ix as usize] else {
                        continue;
                    };
                    if e.hash != hash {
                        continue;
                    }
                    match &e.key {
                        Value::Obj(o) if key.is_some_and(|k| std::rc::Rc::ptr_eq(k, o)) => {
                            return Some(Some(ix as usize))
                        }
                        Value::Obj(o) => match &o.payload {
                            Payload::Str(s) if s.as_str() == name => {
                                return Some(Some(ix as usize))
                            }
                            Payload::Str(_) => continue,
                            _ => return None,
                        },
                        _ => continue,
                    }
                }
            }
        }
        Some(None)
    }

    /// The index of the str key `name` (maybe the object `key`): `Some(None)` when absent,
    /// `None` when a key of another type with the same hash needs `__eq__`.
    pub fn find_name(&self, key: &PyRef, name: &str, hash: i64) -> Option<Option<usize>> {
        match self.get_identical(key, hash) {
            Identical::Found(ix) => Some(Some(ix)),
            Identical::Absent => Some(None),
            Identical::Unknown => self.name_index(Some(key), name, hash),
        }
    }

    /// The value of the entry at index `ix` if its key is the object `key` itself (an
    /// attribute site's remembered position).
    #[inline]
    pub fn value_if_key_at(&self, ix: usize, key: &PyRef) -> Option<&Value> {
        match self.entries.get(ix) {
            Some(Some(e)) => match &e.key {
                Value::Obj(o) if std::rc::Rc::ptr_eq(o, key) => Some(&e.value),
                _ => None,
            },
            _ => None,
        }
    }

    /// Replaces the value at index `ix` if its key is the object `key`: `Ok(old)`, or
    /// `Err(value)` back.
    #[inline]
    pub fn replace_if_key_at(
        &mut self,
        ix: usize,
        key: &PyRef,
        value: Value,
    ) -> Result<Value, Value> {
        match self.entries.get_mut(ix) {
            Some(Some(e)) if matches!(&e.key, Value::Obj(o) if std::rc::Rc::ptr_eq(o, key)) => {
                Ok(std::mem::replace(&mut e.value, value))
            }
            _ => Err(value),
        }
    }

    /// `d[key] = value` for a str object `key` with text `name` and hash `hash`, without
    /// running Python code. `Ok(old value)` (for the caller to drop once the borrow ends),
    /// or `Err(value)` back when a key of another type with the same hash needs `__eq__`.
    pub fn set_name(
        &mut self,
        key: &PyRef,
        name: &str,
        hash: i64,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        self.set_name_at(key, name, hash, value).map(|(old, _)| old)
    }

    /// `set_name`, also answering the index of the entry that now holds the key.
    pub fn set_name_at(
        &mut self,
        key: &PyRef,
        name: &str,
        hash: i64,
        value: Value,
    ) -> Result<(Option<Value>, usize), Value> {
        match self.find_name(key, name, hash) {
            Some(Some(ix)) => Ok((
                self.entries[ix]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value)),
                ix,
            )),
            Some(None) => {
                let ix = self.insert_new(hash, Value::Obj(key.clone()), value);
                Ok((None, ix))
            }
            None => Err(value),
        }
    }

    /// The value of the entry at index `ix`, if it is live.
    pub fn value_at(&self, ix: usize) -> Option<&Value> {
        self.entries.get(ix)?.as_ref().map(|e| &e.value)
    }

    /// Adds an entry for a key known to be absent; answers its index.
    fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        if self.entries.len() + 1 > self.indices.len() * 2 / 3 {
            self.resize((self.used + 1) * 3);
        }
        let slot = self.probe(hash).find(|&s| self.indices[s] < 0).unwrap_or(0);
        let ix = self.entries.len();
        self.indices[slot] = ix as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version += 1;
        ix
    }

    /// Rebuilds the index for at least `min_used` entries, dropping deleted ones.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 < min_used {
            size *= 2;
        }
        self.entries.retain(Option::is_some);
        // Room for every entry the new index admits, so growing costs one allocation.
        let usable = size * 2 / 3;
        self.entries
            .reserve_exact(usable.saturating_sub(self.entries.len()));
        self.indices = vec![EMPTY; size];
        for (ix, e) in self.entries.iter().enumerate() {
            let Some(e) = e else { continue };
            let slot = self
                .probe(e.hash)
                .find(|&s| self.indices[s] == EMPTY)
                .unwrap_or(0);
            self.indices[slot] = ix as i32;
        }
    }

    fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries[ix].take()?;
        let found = self
            .probe(e.hash)
            .take(self.indices.len() + 64)
            .find(|&s| self.indices[s] == ix as i32);
        if let Some(slot) = found {
            self.indices[slot] = DUMMY;
        }
        self.used -= 1;
        self.version += 1;
        Some(e)
    }

    /// Inserts or replaces a key known to compare without Python code (str, int, ...).
    pub fn set_fast(&mut self, hash: i64, key: Value, value: Value) -> bool {
        match self.find_fast(hash, &key) {
            Ok(Slot::Found(ix)) => {
                if let Some(e) = &mut self.entries[ix] {
                    e.value = value;
                }
                true
            }
            Ok(Slot::Missing) => {
                self.insert_new(hash, key, value);
                true
            }
            Err(_) => false,
        }
    }
}

/// Finds `key` in the dict, calling `__eq__` where needed. Returns the entry index.
fn find(vm: &Vm, cell: &RefCell<Dict>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    let (version, ix, candidate) = {
        let d = cell.borrow();
        match d.find_fast(hash, key) {
            Ok(Slot::Found(ix)) => return Ok(Some(ix)),
            Ok(Slot::Missing) => return Ok(None),
            Err((ix, candidate)) => (d.version, ix, candidate),
        }
    };
    if vm.eq(&candidate, key)? && cell.borrow().version == version {
        return Ok(Some(ix));
    }
    find_slow(vm, cell, hash, key)
}

/// Compares `key` with every entry of the same hash, restarting if `__eq__` changes the
/// table. Only reached when unequal keys share a hash and one needs a Python `__eq__`.
fn find_slow(vm: &Vm, cell: &RefCell<Dict>, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut pos = 0;
        loop {
            let (ix, k, version) = {
                let d = cell.borrow();
                let Some((next, e)) = d.entry_from(pos) else {
                    return Ok(None);
                };
                pos = next;
                if e.hash != hash {
                    continue;
                }
                (next - 1, e.key.clone(), d.version)
            };
            let equal = match fast_key_eq(&k, key) {
                Some(answer) => answer,
                None => vm.eq(&k, key)?,
            };
            if cell.borrow().version != version {
                continue 'restart;
            }
            if equal {
                return Ok(Some(ix));
            }
        }
    }
}

/// `d[key]`, or `None` when missing.
pub fn get(vm: &Vm, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    get_hashed(vm, cell, hash, key)
}

pub fn get_hashed(
    vm: &Vm,
    cell: &RefCell<Dict>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<Value>> {
    let ix = find(vm, cell, hash, key)?;
    Ok(ix.and_then(|ix| cell.borrow().entries[ix].as_ref().map(|e| e.value.clone())))
}

/// `d[key] = value`.
pub fn set(vm: &Vm, cell: &RefCell<Dict>, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_hashed(vm, cell, hash, key, value)
}

pub fn set_hashed(
    vm: &Vm,
    cell: &RefCell<Dict>,
    hash: i64,
    key: Value,
    value: Value,
) -> PyResult<()> {
    match find(vm, cell, hash, &key)? {
        Some(ix) => {
            let old = {
                let mut d = cell.borrow_mut();
                d.entries[ix]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value))
            };
            // The old value is dropped after the borrow ends: its finaliser may touch the dict.
            drop(old);
        }
        None => {
            cell.borrow_mut().insert_new(hash, key, value);
        }
    }
    Ok(())
}

/// `del d[key]`: the removed value, or `None` when missing.
pub fn remove(vm: &Vm, cell: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    let Some(ix) = find(vm, cell, hash, key)? else {
        return Ok(None);
    };
    let removed = cell.borrow_mut().remove_at(ix);
    Ok(removed.map(|e| e.value))
}

/// Removes and returns the last entry (`dict.popitem`).
pub fn pop_last(cell: &RefCell<Dict>) -> Option<Entry> {
    let mut d = cell.borrow_mut();
    let ix = d.entries.iter().rposition(Option::is_some)?;
    let e = d.remove_at(ix);
    // Trailing holes are dropped so repeated popitem stays O(1).
    d.entries.truncate(ix);
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Vm;

    /// The name paths (identity probe, remembered index, text fallback) agree with each
    /// other as entries are added, deleted and compacted.
    #[test]
    fn name_lookups_follow_entries() {
        let vm = Vm::new(Some(0));
        let names: Vec<PyRef> = (0..40).map(|i| vm.intern(&format!("n{i}"))).collect();
        let hash = |k: &PyRef| vm.str_hash(k.as_str().unwrap());
        let mut d = Dict::new();
        for (i, k) in names.iter().enumerate() {
            let r = d.set_name_at(
                k,
                k.as_str().unwrap().as_str(),
                hash(k),
                Value::Int(i as i64),
            );
            let (old, ix) = r.ok().unwrap();
            assert!(old.is_none());
            assert!(matches!(d.value_if_key_at(ix, k), Some(Value::Int(v)) if *v == i as i64));
        }
        // A distinct but equal str finds the entry by text.
        let copy = vm.new_str_ref("n7");
        let found = d.find_name(&copy, "n7", hash(&copy));
        assert!(matches!(found, Some(Some(7))));
        // Deleting entries and growing the table compacts indices: stale indices miss.
        drop(d);
        let cell = RefCell::new(Dict::new());
        for (i, k) in names.iter().enumerate() {
            cell.borrow_mut()
                .set_name(
                    k,
                    k.as_str().unwrap().as_str(),
                    hash(k),
                    Value::Int(i as i64),
                )
                .ok()
                .unwrap();
        }
        for k in &names[..30] {
            assert!(remove(&vm, &cell, &Value::Obj(k.clone())).is_ok_and(|v| v.is_some()));
        }
        let extra = vm.intern("extra");
        let (_, ix) = cell
            .borrow_mut()
            .set_name_at(&extra, "extra", hash(&extra), Value::None)
            .ok()
            .unwrap();
        let d = cell.borrow();
        assert!(d.value_if_key_at(ix, &extra).is_some());
        assert!(d.value_if_key_at(ix, &names[35]).is_none());
        for (i, k) in names.iter().enumerate() {
            let got = d.get_name(Some(k), k.as_str().unwrap().as_str(), hash(k));
            match got {
                Some(Some(Value::Int(v))) => assert!(i >= 30 && *v == i as i64),
                Some(None) => assert!(i < 30),
                _ => panic!("unexpected answer for n{i}"),
            }
        }
    }
}
