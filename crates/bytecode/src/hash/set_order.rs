//! The iteration order of a CPython 3.11 set built by inserting elements one at a time, as
//! marshal does when it loads a `set` or `frozenset` (`PySet_Add` per element).
//!
//! A set is an open-addressing table (`Objects/setobject.c`) whose iteration is a scan of the
//! slots, so the order follows from the element hashes and the insertion history:
//! - the table starts with `PySet_MINSIZE` (8) slots; an element starts probing at
//!   `hash & mask`, looks at that slot and, when at least `LINEAR_PROBES` (9) slots follow
//!   before the end of the table, at those 9 too; then jumps to
//!   `(i * 5 + 1 + perturb) & mask` after shifting `perturb` (initially the hash as an
//!   unsigned word) right by `PERTURB_SHIFT` (5);
//! - a slot whose stored hash equals the new hash and whose element is the same object or
//!   compares equal makes the insertion a no-op (duplicates keep the first object);
//! - after filling a fresh slot, if `fill * 5 >= mask * 3` the table is rebuilt with the
//!   smallest power of two above `used * 4` (`used * 2` past 50,000 elements), re-inserting
//!   the old slots in table order with the comparison-free `set_insert_clean` (same probe
//!   sequence, first empty slot wins).
//!
//! Marshal never deletes, so there are no dummy slots and `fill == used` throughout.

use super::{hash, same_or_equal, HashSecret};
use crate::object::{Obj, Value};
use std::collections::HashMap;

pub const PYSET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// In 3.11 `None` and `...` hash by address (`_Py_HashPointer`: the address rotated right by
/// four bits). Address-space randomisation moves whole pages, so the low 12 bits of these
/// static objects' addresses are fixed for a given CPython binary, and they alone pick the
/// first slot in tables of up to 256 slots and the first perturbed jump in small tables.
/// Measured on the reference CPython 3.11.7 (x86-64 Linux): `id(None) % 4096 == 3040`,
/// `id(...) % 4096 == 3680`. The higher bits stand for a typical address; where CPython's
/// own order depends on them, it differs from run to run anyway.
const NONE_ADDRESS: u64 = 0x7f00_0000_0000 | 3040;
const ELLIPSIS_ADDRESS: u64 = 0x7f00_0000_0000 | 3680;

fn pointer_hash(address: u64) -> i64 {
    super::numeric::fix_minus_one(address.rotate_right(4) as i64)
}

/// The hash a set uses to place `obj`: [`hash`], or the emulated address hash of the
/// `None` and `...` singletons.
fn placement_hash(obj: &Obj, secret: &HashSecret) -> Option<i64> {
    match obj.value() {
        Value::None => Some(pointer_hash(NONE_ADDRESS)),
        Value::Ellipsis => Some(pointer_hash(ELLIPSIS_ADDRESS)),
        _ => hash(obj, secret),
    }
}

/// Indices into `elements` of the members a CPython set built by inserting `elements` in
/// order keeps (the first of each group of equal elements), listed in the set's iteration
/// order. If some element's hash is not reproducible (NaN, a tuple holding `None`, code
/// objects, unhashable values), the result is the kept members in insertion order: the
/// best pyvm can say.
pub fn set_iteration_order(elements: &[Obj], secret: &HashSecret) -> Vec<usize> {
    let mut hashes = Vec::with_capacity(elements.len());
    for e in elements {
        match placement_hash(e, secret) {
            Some(h) => hashes.push(h),
            None => {
                let reps = representatives(elements.len(), |i| &elements[i], secret);
                return (0..elements.len()).filter(|&i| reps[i] == i).collect();
            }
        }
    }
    let mut table = Table::new();
    for i in 0..elements.len() {
        table.add(i, elements, &hashes);
    }
    table.slots.into_iter().flatten().collect()
}

/// For each of `n` objects, the index of the first object equal to it (itself if none came
/// before): the object a set or dict built by inserting them in order keeps.
pub(crate) fn representatives<'a>(
    n: usize,
    get: impl Fn(usize) -> &'a Obj,
    secret: &HashSecret,
) -> Vec<usize> {
    // Python guarantees equal objects hash equal, so only same-hash objects are compared.
    // Objects without a reproducible hash are only ever equal to others without one.
    let mut buckets: HashMap<Option<i64>, Vec<usize>> = HashMap::new();
    let mut reps = Vec::with_capacity(n);
    for i in 0..n {
        let obj = get(i);
        let bucket = buckets.entry(placement_hash(obj, secret)).or_default();
        let rep = bucket.iter().copied().find(|&j| same_or_equal(get(j), obj));
        reps.push(rep.unwrap_or_else(|| {
            bucket.push(i);
            i
        }));
    }
    reps
}

/// A simulated set table: each slot holds the index of the element stored there.
struct Table {
    slots: Vec<Option<usize>>,
    used: usize,
}

impl Table {
    fn new() -> Table {
        Table {
            slots: vec![None; PYSET_MINSIZE],
            used: 0,
        }
    }

    /// `set_add_entry` for element `index`.
    fn add(&mut self, index: usize, elements: &[Obj], hashes: &[i64]) {
        let hash = hashes[index];
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        loop {
            for slot in probe.run() {
                match self.slots[slot] {
                    None => {
                        self.slots[slot] = Some(index);
                        self.used += 1;
                        // fill == used: no deletions.
                        if self.used * 5 >= mask * 3 {
                            self.resize(resize_target(self.used), hashes);
                        }
                        return;
                    }
                    Some(k)
                        if hashes[k] == hash && same_or_equal(&elements[k], &elements[index]) =>
                    {
                        return;
                    }
                    Some(_) => {}
                }
            }
            probe.next();
        }
    }

    /// `set_table_resize`: a table of the smallest power of two above `min_used`, filled
    /// by re-inserting the old slots in order.
    fn resize(&mut self, min_used: usize, hashes: &[i64]) {
        let old = std::mem::replace(&mut self.slots, vec![None; table_size(min_used)]);
        for index in old.into_iter().flatten() {
            self.insert_clean(index, hashes[index]);
        }
    }

    /// `set_insert_clean`: the first empty slot on the probe sequence; no comparisons.
    fn insert_clean(&mut self, index: usize, hash: i64) {
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        loop {
            if let Some(slot) = probe.run().find(|&s| self.slots[s].is_none()) {
                self.slots[slot] = Some(index);
                return;
            }
            probe.next();
        }
    }
}

/// `set_table_resize`'s argument after an insertion fills the table to 60%.
pub fn resize_target(used: usize) -> usize {
    if used > 50_000 {
        used * 2
    } else {
        used * 4
    }
}

/// The table size `set_table_resize(min_used)` picks: the smallest power of two (at least
/// `PySet_MINSIZE`) above `min_used`.
pub fn table_size(min_used: usize) -> usize {
    let mut size = PYSET_MINSIZE;
    while size <= min_used {
        size <<= 1;
    }
    size
}

/// CPython's set probe sequence: a run of slots from each starting slot ([`Probe::run`]),
/// then a perturbed jump ([`Probe::next`]). Shared by this simulation and the VM's sets.
pub struct Probe {
    slot: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    pub fn new(hash: i64, mask: usize) -> Probe {
        // The hash is reinterpreted as an unsigned word (`size_t`), as in C.
        let h = hash as u64;
        Probe {
            slot: (h as usize) & mask,
            perturb: h,
            mask,
        }
    }

    /// The slots looked at from the current start: it and the `LINEAR_PROBES` after it,
    /// when they fit before the end of the table.
    pub fn run(&self) -> std::ops::RangeInclusive<usize> {
        let start = self.slot;
        if start + LINEAR_PROBES <= self.mask {
            start..=start + LINEAR_PROBES
        } else {
            start..=start
        }
    }

    pub fn next(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.slot = self
            .slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}
