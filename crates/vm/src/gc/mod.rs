//! Memory management beyond reference counting: finalizers run at safe points
//! ([`finalize`]) and a generational cycle collector (CPython's algorithm over `Rc` counts).
//!
//! Reference counting (`Rc`) frees acyclic garbage the moment its last reference goes; a
//! reference cycle keeps its counts above zero forever. The collector finds such cycles by
//! trial deletion, as CPython's `gcmodule.c` does:
//!
//! 1. Every container object (list, dict, set, instance with a `__dict__`, function, cell,
//!    generator, exception, traceback, a tuple holding objects, ...) is registered at
//!    creation in the youngest generation as a `Weak` pointer (`track`); dead entries are
//!    dropped whenever a generation is scanned.
//! 2. A collection of generations `0..=g` upgrades their live entries, starts each object's
//!    count at its `Rc` strong count, and subtracts one for every reference another scanned
//!    object holds to it (`traverse::visit`). What remains is the number of references from
//!    outside the scanned set (frames, the Rust stack, older generations, untracked objects).
//! 3. Objects with a remaining count, and everything they reach, are alive; the rest is
//!    garbage held only by itself. Its finalizers run (`__del__`, generator close), then the
//!    count is redone over the garbage to spot objects a finalizer resurrected; what is still
//!    unreachable is cleared (`traverse::clear`: lists and dicts emptied, cells emptied, ...),
//!    which breaks the cycles so `Rc` frees them.
//! 4. Survivors move to the next generation. Like CPython, a collection of generation 0 runs
//!    after `threshold0` (700) new container objects, generation 1 after 10 collections of
//!    generation 0, generation 2 after 10 of generation 1 (and only when it would examine a
//!    quarter more objects than the last full collection, so long-running programs stay
//!    linear).
//!
//! Collections run only at safe points: between two instructions of the evaluation loop
//! (the loop checks one thread-local flag), in `gc.collect()`, and at the end of the
//! program. The state is per OS thread: objects are registered with the thread that created
//! them, and a cycle spanning objects of two threads is kept (conservatively) rather than
//! risk freeing a live object.

pub mod finalize;
pub mod traverse;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::PyObject;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// `PyObject::gc_slot` of an object not registered with the collector.
pub const UNTRACKED: u64 = u64::MAX;
/// `gc_slot` of an object a running collection has taken out of its generation.
const COLLECTING: u64 = u64::MAX - 1;
/// The generation field (the slot's top 16 bits) of an object a running collection is
/// examining: the low bits are its index in the collection's list, so the trial deletion
/// finds an object's count without a table keyed by address.
const EXAMINING: u64 = 0xFFFD;

fn slot(generation: usize, index: usize) -> u64 {
    ((generation as u64) << 48) | index as u64
}

/// CPython's default thresholds.
const DEFAULT_THRESHOLDS: [usize; 3] = [700, 10, 10];

struct State {
    /// Registered objects by generation, youngest first, then the permanent generation
    /// of `gc.freeze()`.
    gens: [Vec<Weak<PyObject>>; 4],
    /// `gc.get_count()`: allocations since the last collection of generation 0, and
    /// collections of each younger generation since the last of this one.
    count: [usize; 3],
    threshold: [usize; 3],
    enabled: bool,
    /// A collection is running (finalizers it calls must not start another).
    collecting: bool,
    /// Objects in generation 2 after the last full collection, and moved there since.
    long_lived_total: usize,
    long_lived_pending: usize,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State {
        gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
        count: [0; 3],
        threshold: DEFAULT_THRESHOLDS,
        enabled: true,
        collecting: false,
        long_lived_total: 0,
        long_lived_pending: 0,
    }) };
    /// Finalizers are queued or a collection is due: the evaluation loop calls
    /// [`run_pending`] at its next instruction boundary.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn init(vm: &Vm) {
    finalize::init(vm);
}

/// Whether [`run_pending`] has work (one thread-local load, tested at every instruction).
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

pub(crate) fn set_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Registers a new object with the collector if it can be part of a cycle.
pub fn track(o: &PyRef) {
    if !traverse::is_container(o) {
        return;
    }
    let _ = STATE.try_with(|s| {
        let Ok(mut s) = s.try_borrow_mut() else {
            return;
        };
        o.gc_slot.set(slot(0, s.gens[0].len()));
        s.gens[0].push(Rc::downgrade(o));
        s.count[0] += 1;
        if s.count[0] > s.threshold[0] && s.threshold[0] > 0 {
            set_pending();
        }
    });
}

/// Unregisters a dying object (from its `Drop`): its entry is swapped with the last of its
/// generation, whose slot is updated. So registrations never outlive their objects, and a
/// young object that dies before a collection costs none (`count[0]` is allocations minus
/// deallocations, as CPython's).
pub(crate) fn untrack(o: &PyObject) {
    let at = o.gc_slot.get();
    if at >= COLLECTING || at >> 48 == EXAMINING {
        return;
    }
    let (generation, index) = ((at >> 48) as usize, (at & 0xFFFF_FFFF_FFFF) as usize);
    let _ = STATE.try_with(|s| {
        let Ok(mut s) = s.try_borrow_mut() else {
            return;
        };
        let Some(list) = s.gens.get_mut(generation) else {
            return;
        };
        // Only remove what is really this object's entry (a stale slot leaves the dead
        // entry for the next scan to drop).
        if list.get(index).is_none_or(|w| !std::ptr::eq(w.as_ptr(), o)) {
            return;
        }
        list.swap_remove(index);
        if let Some(moved) = list.get(index).and_then(Weak::upgrade) {
            moved.gc_slot.set(slot(generation, index));
        }
        if generation == 0 {
            s.count[0] = s.count[0].saturating_sub(1);
        }
    });
    o.gc_slot.set(UNTRACKED);
}

/// Appends objects to generation `g`, recording their slots.
fn push_all(s: &mut State, g: usize, objs: impl IntoIterator<Item = PyRef>) {
    for o in objs {
        o.gc_slot.set(slot(g, s.gens[g].len()));
        s.gens[g].push(Rc::downgrade(&o));
    }
}

/// [`run_pending`] from the evaluation loop, which knows the running frame (the location of
/// warnings finalizers give).
pub fn run_pending_in(vm: &Vm, f: &crate::frame::Frame) {
    PENDING.with(|p| p.set(false));
    finalize::run_queue_in(vm, f);
    run_pending(vm);
}

/// Runs queued finalizers and, when due, an automatic collection. Called at safe points.
pub fn run_pending(vm: &Vm) {
    PENDING.with(|p| p.set(false));
    finalize::run_queue(vm);
    let due = STATE.with(|s| {
        let s = s.borrow();
        !s.collecting && s.threshold[0] > 0 && s.count[0] > s.threshold[0]
    });
    if due {
        collect_generations(vm);
        finalize::run_queue(vm);
    }
}

/// The automatic collection: the oldest generation whose count passed its threshold.
fn collect_generations(vm: &Vm) {
    let generation = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if !s.enabled {
            // No collection: the young objects move to the oldest generation, where
            // `gc.collect()` still finds them.
            let young = std::mem::take(&mut s.gens[0]);
            let live: Vec<PyRef> = young.iter().filter_map(Weak::upgrade).collect();
            push_all(&mut s, 2, live.iter().cloned());
            s.count[0] = 0;
            return Some(live);
        }
        None
    });
    // The young objects' references are released outside the state's borrow.
    if let Some(live) = generation {
        drop(live);
        return;
    }
    let generation = STATE.with(|s| {
        let s = s.borrow();
        if !s.enabled {
            return None;
        }
        (0..3).rev().find(|&i| {
            s.count[i] > s.threshold[i] && (i != 2 || s.long_lived_pending > s.long_lived_total / 4)
        })
    });
    if let Some(g) = generation {
        collect(vm, g);
    }
}

/// Collects generations `0..=generation`; the number of unreachable objects found.
pub fn collect(vm: &Vm, generation: usize) -> usize {
    let objs = {
        let taken = STATE.with(|s| {
            let mut s = s.borrow_mut();
            if s.collecting {
                return None;
            }
            s.collecting = true;
            let mut taken = Vec::new();
            for g in 0..=generation {
                taken.append(&mut s.gens[g]);
            }
            if generation + 1 < 3 {
                s.count[generation + 1] += 1;
            }
            for g in 0..=generation {
                s.count[g] = 0;
            }
            Some(taken)
        });
        let Some(taken) = taken else {
            return 0;
        };
        let objs = taken
            .iter()
            .filter_map(Weak::upgrade)
            .collect::<Vec<PyRef>>();
        for (i, o) in objs.iter().enumerate() {
            o.gc_slot.set(slot(EXAMINING as usize, i));
        }
        objs
    };
    let garbage = unreachable(&objs, &vec![true; objs.len()]);
    let mut collected = 0;
    let mut survivors: Vec<PyRef> = Vec::with_capacity(objs.len());
    if garbage.iter().any(|&g| g) {
        // Finalizers first, on the objects themselves (they are still intact).
        for (o, _) in objs.iter().zip(&garbage).filter(|(_, &g)| g) {
            if finalize::needs_finalizer(o) {
                finalize::run_one(vm, o);
            }
        }
        // A finalizer may have stored a reference to some of the garbage somewhere live.
        let garbage = unreachable(&objs, &garbage);
        let mut dropped: Vec<Value> = Vec::new();
        for (o, &g) in objs.iter().zip(&garbage) {
            if g {
                o.finalized.set(true);
                traverse::clear(o, &mut dropped);
                collected += 1;
            } else {
                survivors.push(o.clone());
            }
        }
        drop(dropped);
    } else {
        survivors.extend(objs.iter().cloned());
    }
    // Garbage dies here; its slots say "examining", so its drops leave the lists alone.
    drop(objs);
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let next = (generation + 1).min(2);
        let n = survivors.len();
        push_all(&mut s, next, survivors.iter().cloned());
        if generation == 2 {
            s.long_lived_total = n;
            s.long_lived_pending = 0;
        } else if next == 2 {
            s.long_lived_pending += n;
        }
        s.collecting = false;
    });
    drop(survivors);
    collected
}

/// The index in the running collection's list `objs` of the object `o` refers to, if it
/// is one of the candidates (its slot, set when the collection took it, says where it is;
/// the identity check keeps a slot of some other collection from being misread).
#[inline]
fn examined_index(objs: &[PyRef], candidate: &[bool], o: &PyRef) -> Option<usize> {
    let at = o.gc_slot.get();
    if at >> 48 != EXAMINING {
        return None;
    }
    let j = (at & 0xFFFF_FFFF_FFFF) as usize;
    (candidate.get(j) == Some(&true) && Rc::ptr_eq(&objs[j], o)).then_some(j)
}

/// Among `objs[i]` with `candidate[i]`, which are unreachable from outside the candidates.
fn unreachable(objs: &[PyRef], candidate: &[bool]) -> Vec<bool> {
    // Strong counts minus the reference `objs` itself holds.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for (o, _) in objs.iter().zip(candidate).filter(|(_, &c)| c) {
        traverse::visit(o, &mut |child| {
            if let Some(j) = examined_index(objs, candidate, child) {
                refs[j] -= 1;
            }
        });
    }
    let mut alive: Vec<bool> = (0..objs.len())
        .map(|i| !candidate[i] || refs[i] > 0)
        .collect();
    let mut stack: Vec<usize> = (0..objs.len())
        .filter(|&i| candidate[i] && alive[i])
        .collect();
    while let Some(i) = stack.pop() {
        traverse::visit(&objs[i], &mut |child| {
            if let Some(j) = examined_index(objs, candidate, child) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    (0..objs.len()).map(|i| candidate[i] && !alive[i]).collect()
}

/// `gc.isenabled()` / `gc.enable()` / `gc.disable()`.
pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

pub fn set_enabled(on: bool) {
    STATE.with(|s| s.borrow_mut().enabled = on);
}

/// `gc.get_count()`.
pub fn counts() -> [usize; 3] {
    STATE.with(|s| s.borrow().count)
}

/// `gc.get_threshold()` / `gc.set_threshold()`.
pub fn thresholds() -> [usize; 3] {
    STATE.with(|s| s.borrow().threshold)
}

pub fn set_thresholds(t: [usize; 3]) {
    STATE.with(|s| s.borrow_mut().threshold = t);
}

/// Number of objects registered in each generation (live or not yet pruned).
pub fn tracked_len() -> usize {
    STATE.with(|s| s.borrow().gens[..3].iter().map(Vec::len).sum())
}

/// Whether `o` is registered with the collector (`gc.is_tracked`).
pub fn is_tracked(o: &PyRef) -> bool {
    traverse::is_container(o)
}

/// Every live registered object (`gc.get_objects()`), of one generation or all.
pub fn objects(generation: Option<usize>) -> Vec<PyRef> {
    STATE.with(|s| {
        let s = s.borrow();
        s.gens
            .iter()
            .enumerate()
            .filter(|(g, _)| generation.is_none_or(|want| want == *g))
            .flat_map(|(_, list)| list.iter().filter_map(Weak::upgrade))
            .collect()
    })
}

/// The objects `o` refers to (`gc.get_referents`).
pub fn referents(o: &PyObject) -> Vec<PyRef> {
    let mut out = Vec::new();
    traverse::visit(o, &mut |r| out.push(r.clone()));
    out
}

/// Moves every registered object to a permanent generation no collection scans
/// (`gc.freeze()`); returns how many are frozen in all.
pub fn freeze() -> usize {
    let moved = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let mut moved = Vec::new();
        for g in 0..3 {
            moved.extend(s.gens[g].drain(..).filter_map(|w| w.upgrade()));
            s.count[g] = 0;
        }
        for o in &moved {
            o.gc_slot.set(slot(3, s.gens[3].len()));
            s.gens[3].push(Rc::downgrade(o));
        }
        s.gens[3].len()
    });
    moved
}

/// Returns the frozen objects to the oldest generation (`gc.unfreeze()`).
pub fn unfreeze() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let frozen: Vec<PyRef> = s.gens[3].drain(..).filter_map(|w| w.upgrade()).collect();
        push_all(&mut s, 2, frozen);
    });
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    STATE.with(|s| s.borrow().gens[3].len())
}
