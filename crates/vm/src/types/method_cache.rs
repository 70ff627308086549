//! The type-attribute cache: the answer of an MRO lookup (`type(x).name`), remembered per
//! `(type, name)` in a direct-mapped table, as CPython's method cache. Attribute access, calls
//! of special methods and operator dispatch look the same names up on the same types over and
//! over; a hit costs a short string compare instead of hashing the name and probing every
//! class dict along the MRO.
//!
//! Invalidation is global and cheap: any change to any class namespace (`setattr`/`delattr`
//! on a type) bumps an epoch, and entries from an older epoch miss. Class namespaces change
//! rarely once a program is running, so this costs nothing in practice. An entry holds a
//! reference to its type, so a type's address cannot be reused while its entry lives.

use std::cell::{Cell, RefCell};

use crate::value::{PyRef, Value};

const SIZE: usize = 4096;

/// Which lookup an entry answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole MRO (`typeobj::lookup`).
    Full,
    /// Heap classes only, stopping at the first built-in base (`ops::number::user_method`).
    UserOnly,
}

struct Entry {
    ty: PyRef,
    kind: Kind,
    name: Box<str>,
    epoch: u64,
    value: Option<Value>,
}

/// An entry of the table keyed by name *object*: names from code objects are interned, so
/// the same attribute name is the same object and a probe compares two pointers.
struct NamedEntry {
    ty: PyRef,
    name: PyRef,
    epoch: u64,
    value: Option<Value>,
}

pub struct MethodCache {
    slots: RefCell<Vec<Option<Entry>>>,
    named: RefCell<Vec<Option<NamedEntry>>>,
    epoch: Cell<u64>,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            slots: RefCell::new((0..SIZE).map(|_| None).collect()),
            named: RefCell::new((0..SIZE).map(|_| None).collect()),
            epoch: Cell::new(0),
        }
    }
}

/// The slot of `(type, name object)` in the named table.
fn named_slot(ty: &PyRef, name: &PyRef) -> usize {
    let a = std::rc::Rc::as_ptr(ty) as usize as u64;
    let b = std::rc::Rc::as_ptr(name) as usize as u64;
    let h = (a ^ b.rotate_left(29)).wrapping_mul(0x517c_c1b7_2722_0a95);
    (h >> 40) as usize % SIZE
}

/// A cheap hash of the type's address, the kind and every byte of the name (names are
/// short; hashing them whole keeps `x` and `y`, or `__add__` and `__sub__`, apart).
fn slot_of(ty: &PyRef, name: &str, kind: Kind) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (std::rc::Rc::as_ptr(ty) as usize as u64 >> 4) ^ (kind as u64) << 62;
    let mut words = name.as_bytes().chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = 0u64;
    for (i, &c) in words.remainder().iter().enumerate() {
        tail |= (c as u64) << (8 * i);
    }
    h = (h ^ tail).wrapping_mul(K);
    h = h.wrapping_mul(0x517c_c1b7_2722_0a95);
    (h >> 40) as usize % SIZE
}

impl MethodCache {
    /// Forgets every entry (a class namespace changed).
    pub fn invalidate(&self) {
        self.epoch.set(self.epoch.get() + 1);
    }

    /// The current epoch: moves whenever any class namespace changes.
    pub fn epoch(&self) -> u64 {
        self.epoch.get()
    }

    /// The full-MRO lookup of the str object `name` on `ty`, cached by the identity of
    /// both (the hot path of attribute access).
    #[inline]
    pub fn get_or_named(
        &self,
        ty: &PyRef,
        name: &PyRef,
        compute: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let slot = named_slot(ty, name);
        let epoch = self.epoch.get();
        if let Some(e) = &self.named.borrow()[slot] {
            if e.epoch == epoch
                && std::rc::Rc::ptr_eq(&e.ty, ty)
                && std::rc::Rc::ptr_eq(&e.name, name)
            {
                return e.value.clone();
            }
        }
        self.fill_named(slot, ty, name, epoch, compute())
    }

    #[cold]
    fn fill_named(
        &self,
        slot: usize,
        ty: &PyRef,
        name: &PyRef,
        epoch: u64,
        value: Option<Value>,
    ) -> Option<Value> {
        // The computation cannot run Python code, so the epoch is unchanged.
        let old = self.named.borrow_mut()[slot].replace(NamedEntry {
            ty: ty.clone(),
            name: name.clone(),
            epoch,
            value: value.clone(),
        });
        // Dropped after the borrow ends: dropping a type can run finalisers.
        drop(old);
        value
    }

    /// The cached answer for `(ty, name, kind)`, or computes and remembers it.
    pub fn get_or(
        &self,
        ty: &PyRef,
        name: &str,
        kind: Kind,
        compute: impl FnOnce() -> Option<Value>,
    ) -> Option<Value> {
        let slot = slot_of(ty, name, kind);
        let epoch = self.epoch.get();
        if let Some(e) = &self.slots.borrow()[slot] {
            if e.epoch == epoch
                && e.kind == kind
                && std::rc::Rc::ptr_eq(&e.ty, ty)
                && &*e.name == name
            {
                return e.value.clone();
            }
        }
        let value = compute();
        // The computation cannot run Python code, so the epoch is unchanged.
        let old = self.slots.borrow_mut()[slot].replace(Entry {
            ty: ty.clone(),
            kind,
            name: name.into(),
            epoch,
            value: value.clone(),
        });
        // Dropped after the borrow ends: dropping a type can run finalisers.
        drop(old);
        value
    }
}
