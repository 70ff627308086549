//! Finalizers: `__del__` of instances and the implicit `close()` of a suspended generator,
//! run when the last reference to the object goes away, as CPython's reference counting
//! runs them.
//!
//! A `Drop` cannot call Python code: it runs wherever the last `Rc` happened to be released,
//! possibly while a `RefCell` of a container is borrowed, and the object's count is already
//! zero. So `Drop for PyObject` only moves the dying object's contents (class, `__dict__`,
//! payload) into a fresh object marked `finalized` and queues it; the evaluation loop runs
//! the queue between two instructions (and `gc.collect()` and the end of the program run
//! it too), where no borrow is held. The new object has another address (`id(self)` inside
//! `__del__` differs from before), which nothing in Python relies on. A finalizer runs at
//! most once per object (PEP 442): the moved object carries the flag, so its own drop does
//! not queue it again, even when `__del__` resurrected it for a while.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use crate::object::{Payload, PyObject};
use crate::types::generator::GenState;
use crate::value::{PyRef, Value};
use crate::vm::Vm;

/// `hash("__del__")` under this process's hash secret (set when the interpreter starts), so
/// a drop can look the method up without a `Vm`.
static DEL_HASH: AtomicI64 = AtomicI64::new(-1);

/// Bumped whenever a class namespace changes: a `__del__` added to a base must be seen by
/// the subclasses' cached answers too.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(0);

/// A class attribute was set or deleted.
pub fn class_changed() {
    CLASS_EPOCH.fetch_add(1, Ordering::Relaxed);
}

thread_local! {
    /// Objects whose finalizer is due, oldest first.
    static QUEUE: RefCell<VecDeque<PyRef>> = const { RefCell::new(VecDeque::new()) };
}

pub(crate) fn init(vm: &Vm) {
    DEL_HASH.store(vm.str_hash_of("__del__"), Ordering::Relaxed);
}

/// Whether a class (or a base) defines `__del__`, cached on the type until a class
/// namespace changes.
pub fn class_has_del(cls: &PyRef) -> bool {
    let Payload::Type(td) = &cls.payload else {
        return false;
    };
    if !td.heap {
        return false;
    }
    let version = CLASS_EPOCH.load(Ordering::Relaxed);
    if let Some((v, has)) = td.del_cache.get() {
        if v == version {
            return has;
        }
    }
    let hash = DEL_HASH.load(Ordering::Relaxed);
    let Ok(mro) = td.mro.try_borrow() else {
        return false;
    };
    let has = mro.iter().any(|t| {
        t.dict
            .as_ref()
            .and_then(|d| d.as_dict())
            .and_then(|d| d.try_borrow().ok())
            .is_some_and(|d| matches!(d.get_str("__del__", hash), Some(Some(_))))
    });
    td.del_cache.set(Some((version, has)));
    has
}

/// Whether a generator is suspended inside its body (started and not finished): dropping
/// it must then throw `GeneratorExit` into it so its `finally` blocks run.
pub fn gen_needs_close(g: &GenState) -> bool {
    match &g.frame {
        Some(f) => {
            let started = !(f.lasti == 0 && f.next <= 1);
            started && !g.finished && !f.code.exception_table.is_empty()
        }
        None => false,
    }
}

impl Drop for PyObject {
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        let due = match &mut self.payload {
            Payload::Generator(g) => gen_needs_close(g.get_mut()),
            _ => self.class.get().is_some_and(class_has_del),
        };
        if !due {
            // Lists and tuples release their items last first, as CPython's deallocators
            // do, so the items' finalizers run in CPython's order.
            match &mut self.payload {
                Payload::List(l) => {
                    let l = l.get_mut();
                    while l.pop().is_some() {}
                }
                Payload::Tuple(t) if t.len() > 1 => {
                    let mut items = std::mem::take(t).into_vec();
                    while items.pop().is_some() {}
                }
                _ => {}
            }
            return;
        }
        let moved = Rc::new(PyObject {
            class: match self.class.take() {
                Some(c) => OnceCell::from(c),
                None => return,
            },
            dict: self.dict.take(),
            payload: std::mem::replace(&mut self.payload, Payload::Object),
            finalized: Cell::new(true),
        });
        super::track(&moved);
        // During thread teardown the queue may be gone: the object is then just freed.
        let _ = QUEUE.try_with(|q| q.borrow_mut().push_back(moved));
        super::set_pending();
    }
}

/// Queues `o`'s finalizer (for the cycle collector, which holds the object itself).
pub(crate) fn needs_finalizer(o: &PyRef) -> bool {
    if o.finalized.get() {
        return false;
    }
    match &o.payload {
        Payload::Generator(g) => g.try_borrow().is_ok_and(|g| gen_needs_close(&g)),
        _ => class_has_del(o.class()),
    }
}

/// Runs every queued finalizer (including those queued while running).
pub(crate) fn run_queue(vm: &Vm) {
    while let Some(o) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        run_one(vm, &o);
    }
}

/// Runs `o`'s finalizer now; an exception it raises is reported as CPython reports an
/// unraisable exception, and does not propagate.
pub(crate) fn run_one(vm: &Vm, o: &PyRef) {
    o.finalized.set(true);
    let this = Value::Obj(o.clone());
    // The finalizer must not disturb an exception being handled around it.
    let saved_reraise = vm.reraising.replace(false);
    let r = if let Payload::Generator(_) = &o.payload {
        vm.gen_close(o).map(|_| ()).map_err(|e| (e, this.clone()))
    } else {
        match crate::types::typeobj::lookup_str(vm, o.class(), "__del__") {
            Some(del) => vm
                .call_method_value(&del, &this, &[])
                .map(|_| ())
                .map_err(|e| (e, del)),
            None => Ok(()),
        }
    };
    vm.reraising.set(saved_reraise);
    if let Err((e, what)) = r {
        let what = vm.repr(&what).unwrap_or_else(|_| "<object>".into());
        let text = format!(
            "Exception ignored in: {what}\n{}",
            crate::traceback::format_exception(vm, &e)
        );
        vm.flush_stdout();
        eprint!("{text}");
    }
}
