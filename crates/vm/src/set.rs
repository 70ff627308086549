//! The `set`/`frozenset` table, probing exactly as CPython 3.11's `setobject.c` (a run of
//! linear probes, then perturbed jumps; resize at 60% fill) with the probe sequence and
//! sizing of `bytecode::hash`, which simulates the same table for frozenset constants, because a set iterates in table
//! order and `print({3, 1, 2})` must list elements in CPython's order.
//!
//! As with dicts, a key comparison may run Python code, so the table is never borrowed across
//! an `__eq__` call; a `version` stamp tells a search to restart if the table changed.

use std::cell::RefCell;

use bytecode::hash::{resize_target, table_size, Probe as Probes, PYSET_MINSIZE as MIN_SIZE};

use crate::dict::fast_key_eq;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

/// A set's hash table.
#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan (CPython's `finger`).
    finger: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

/// Read access to a table that may or may not sit in a `RefCell` (sets vs frozensets).
pub trait TableAccess {
    fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R;
}

impl TableAccess for RefCell<SetTable> {
    fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(&self.borrow())
    }
}

impl TableAccess for SetTable {
    fn with<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(self)
    }
}

/// The outcome of a probe that cannot run Python code.
enum Probe {
    Found(usize),
    /// Not present; the slot an insertion would use.
    Missing(usize),
    /// The key at this slot has the same hash and needs `__eq__`.
    Ask(usize, Value),
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Elements in iteration (table) order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, v) => Some(v),
            _ => None,
        })
    }

    /// Elements with their hashes, in table order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    /// The element at slot `pos` or later, and the slot after it.
    pub fn entry_from(&self, mut pos: usize) -> Option<(usize, &Value)> {
        while pos < self.table.len() {
            if let Slot::Active(_, v) = &self.table[pos] {
                return Some((pos + 1, v));
            }
            pos += 1;
        }
        None
    }

    /// Probes for `key`, skipping the first `skip` same-hash candidates already found unequal.
    fn probe(&self, hash: i64, key: &Value, mut skip: usize) -> Probe {
        let mut probes = Probes::new(hash, self.mask());
        let mut free: Option<usize> = None;
        loop {
            for j in probes.run() {
                match &self.table[j] {
                    Slot::Empty => return Probe::Missing(free.unwrap_or(j)),
                    // CPython 3.11's `set_add_entry` keeps the *last* dummy it passes.
                    Slot::Dummy => free = Some(j),
                    Slot::Active(h, k) if *h == hash => match fast_key_eq(k, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None if skip > 0 => skip -= 1,
                        None => return Probe::Ask(j, k.clone()),
                    },
                    Slot::Active(..) => {}
                }
            }
            probes.next();
        }
    }

    /// Puts a key known to be absent into `slot` (from a `Missing` probe).
    fn insert_at(&mut self, slot: usize, hash: i64, key: Value) {
        let was_empty = matches!(self.table[slot], Slot::Empty);
        self.table[slot] = Slot::Active(hash, key);
        self.used += 1;
        self.version += 1;
        // Reusing a dummy slot does not raise the fill, so CPython checks no resize then.
        if was_empty {
            self.fill += 1;
        }
        if was_empty && self.fill * 5 >= self.mask() * 3 {
            self.resize(resize_target(self.used));
        }
    }

    /// `set_table_resize`: the smallest power of two above `min_used`, entries reinserted
    /// in old table order.
    fn resize(&mut self, min_used: usize) {
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; table_size(min_used)]);
        self.fill = self.used;
        self.version += 1;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// `set_insert_clean`: insertion into a table with no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mut probes = Probes::new(hash, self.mask());
        loop {
            if let Some(j) = probes.run().find(|&j| matches!(self.table[j], Slot::Empty)) {
                self.table[j] = Slot::Active(hash, key);
                return;
            }
            probes.next();
        }
    }

    /// Adds a key whose equality needs no Python code (used when copying tables).
    pub fn add_fast(&mut self, hash: i64, key: Value) {
        let mut skip = 0;
        loop {
            match self.probe(hash, &key, skip) {
                Probe::Found(_) => return,
                Probe::Missing(slot) => return self.insert_at(slot, hash, key),
                // Without a VM, distinct objects of unknown equality count as unequal.
                Probe::Ask(..) => skip += 1,
            }
        }
    }

    /// Makes room before bulk insertion of `extra` keys (`set_update_internal`).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Removes and returns an arbitrary element, as `set.pop` chooses it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        let Slot::Active(_, key) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.version += 1;
        self.finger = i + 1;
        Some(key)
    }

    pub fn clear(&mut self) {
        let version = self.version + 1;
        *self = SetTable::default();
        self.version = version;
    }
}

/// Where `key` is in the table, calling `__eq__` where needed.
fn find(vm: &Vm, t: &impl TableAccess, hash: i64, key: &Value) -> PyResult<Result<usize, usize>> {
    let mut skip = 0;
    loop {
        let (probe, version) = t.with(|t| (t.probe(hash, key, skip), t.version));
        match probe {
            Probe::Found(slot) => return Ok(Ok(slot)),
            Probe::Missing(slot) => return Ok(Err(slot)),
            Probe::Ask(slot, candidate) => {
                let equal = vm.eq(&candidate, key)?;
                if t.with(|t| t.version) != version {
                    skip = 0;
                    continue;
                }
                if equal {
                    return Ok(Ok(slot));
                }
                skip += 1;
            }
        }
    }
}

/// `key in s`.
pub fn contains(vm: &Vm, t: &impl TableAccess, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    Ok(find(vm, t, hash, key)?.is_ok())
}

/// `s.add(key)` with a precomputed hash.
pub fn add_hashed(vm: &Vm, cell: &RefCell<SetTable>, hash: i64, key: Value) -> PyResult<()> {
    if let Err(slot) = find(vm, cell, hash, &key)? {
        cell.borrow_mut().insert_at(slot, hash, key);
    }
    Ok(())
}

/// `s.add(key)`.
pub fn add(vm: &Vm, cell: &RefCell<SetTable>, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    add_hashed(vm, cell, hash, key)
}

/// `s.discard(key)`: whether it was present.
pub fn discard(vm: &Vm, cell: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    discard_hashed(vm, cell, hash, key)
}

impl SetTable {
    /// Snapshot of the entries (hash, key) in table order: iterating a snapshot keeps the
    /// table unborrowed while `__eq__`/`__hash__` run Python code that may touch it.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.iter_hashed().map(|(h, v)| (h, v.clone())).collect()
    }

    /// `set_merge`'s set-up and fast paths: one resize up front for the expected growth,
    /// then, into an empty table, either an exact copy of `other`'s slots (same size, no
    /// dummies) or clean insertions in `other`'s order. Returns false when `self` already
    /// has entries and the keys need ordinary insertion.
    fn merge_start(&mut self, other: &SetTable) -> bool {
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        self.version += 1;
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table.clone_from(&other.table);
        } else {
            for (h, k) in other.iter_hashed() {
                let k = k.clone();
                self.insert_clean(h, k);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// After bulk removal: when more than a quarter of the slots are dummies, rebuild the
    /// table (the end of `set_difference_update_internal`).
    pub fn shed_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(resize_target(self.used));
        }
    }

    /// Swaps the bodies of two tables (`set_swap_bodies`), keeping each one's version
    /// moving forward so a pending search restarts.
    pub fn swap_body(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.version = self.version.max(other.version) + 1;
        other.version = self.version;
    }
}

/// `set_merge`: adds every key of `other` (a different set) to `cell`, laying the table out
/// as CPython does so iteration order matches.
pub fn merge(vm: &Vm, cell: &RefCell<SetTable>, other: &impl TableAccess) -> PyResult<()> {
    if other.with(|o| o.used == 0) {
        return Ok(());
    }
    let done = {
        let mut t = cell.borrow_mut();
        other.with(|o| t.merge_start(o))
    };
    if done {
        return Ok(());
    }
    for (h, k) in other.with(|o| o.entries()) {
        add_hashed(vm, cell, h, k)?;
    }
    Ok(())
}

/// Whether `key` (with its hash) is in the table.
pub fn contains_hashed(vm: &Vm, t: &impl TableAccess, hash: i64, key: &Value) -> PyResult<bool> {
    Ok(find(vm, t, hash, key)?.is_ok())
}

/// `set_discard_entry`: removes `key` if present; whether it was.
pub fn discard_hashed(vm: &Vm, cell: &RefCell<SetTable>, hash: i64, key: &Value) -> PyResult<bool> {
    match find(vm, cell, hash, key)? {
        Ok(slot) => {
            let old = {
                let mut t = cell.borrow_mut();
                t.used -= 1;
                t.version += 1;
                std::mem::replace(&mut t.table[slot], Slot::Dummy)
            };
            drop(old);
            Ok(true)
        }
        Err(_) => Ok(false),
    }
}
