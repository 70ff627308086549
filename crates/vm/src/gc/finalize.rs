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
/// it must then throw `GeneratorExit` into it so its `finally` blocks run. A coroutine that
/// never started is finalized too: CPython warns that it was never awaited.
pub fn gen_needs_close(g: &GenState) -> bool {
    match &g.frame {
        Some(f) if !g.finished => {
            if !started(f) {
                f.code.flags & crate::code::CO_COROUTINE != 0
            } else {
                !f.code.exception_table.is_empty()
            }
        }
        _ => false,
    }
}

fn started(f: &crate::frame::Frame) -> bool {
    !(f.lasti == 0 && f.next <= 1)
}

thread_local! {
    /// Where the evaluation loop was when it ran the queue (code, instruction), for the
    /// location of warnings finalizers issue.
    static WHERE: RefCell<Option<(Rc<crate::code::Code>, usize)>> = const { RefCell::new(None) };
    /// Warnings already shown, by (file, line, text): the "default" action shows each once.
    static SHOWN: RefCell<Vec<(String, i64, String)>> = const { RefCell::new(Vec::new()) };
}

/// Runs the queue with `f` as the running frame.
pub(crate) fn run_queue_in(vm: &Vm, f: &crate::frame::Frame) {
    WHERE.with(|w| *w.borrow_mut() = Some((f.code.clone(), f.lasti)));
    run_queue(vm);
    WHERE.with(|w| *w.borrow_mut() = None);
}

/// CPython's `RuntimeWarning: coroutine '...' was never awaited`, at the location of the
/// frame that was running when the coroutine died (`sys:1` outside any frame).
fn warn_never_awaited(vm: &Vm, o: &PyRef) {
    let qualname = match &o.payload {
        Payload::Generator(g) => g
            .borrow()
            .qualname
            .as_str()
            .map(|s| s.as_str().to_string())
            .unwrap_or_default(),
        _ => return,
    };
    if let Payload::Generator(g) = &o.payload {
        let mut g = g.borrow_mut();
        g.finished = true;
        g.frame = None;
    }
    let text = format!("coroutine '{qualname}' was never awaited");
    let (file, line) = WHERE.with(|w| match &*w.borrow() {
        Some((code, lasti)) => (
            code.filename
                .as_str()
                .map_or("sys".to_string(), |s| s.as_str().to_string()),
            code.position(*lasti)[0].map_or(1, i64::from),
        ),
        None => ("sys".to_string(), 1),
    });
    let key = (file.clone(), line, text.clone());
    if SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        let seen = s.contains(&key);
        if !seen {
            s.push(key);
        }
        seen
    }) {
        return;
    }
    let mut out = format!("{file}:{line}: RuntimeWarning: {text}\n");
    if let Some(src) = crate::traceback::source_line(&file, line as i32) {
        let src = src.trim();
        if !src.is_empty() {
            out.push_str(&format!("  {src}\n"));
        }
    }
    out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    vm.flush_stdout();
    eprint!("{out}");
}

impl Drop for PyObject {
    fn drop(&mut self) {
        super::untrack(self);
        if self.finalized.get() {
            return;
        }
        let due = match &mut self.payload {
            Payload::Generator(g) => gen_needs_close(g.get_mut()),
            _ => self.class_if_set().is_some_and(class_has_del),
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
            reassigned: std::mem::take(&mut self.reassigned),
            dict: self.dict.take(),
            payload: std::mem::replace(&mut self.payload, Payload::Object),
            finalized: Cell::new(true),
            gc_slot: Cell::new(super::UNTRACKED),
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
    let unawaited = match &o.payload {
        Payload::Generator(g) => g.try_borrow().is_ok_and(|g| {
            !g.finished
                && g.frame
                    .as_ref()
                    .is_some_and(|f| !started(f) && f.code.flags & crate::code::CO_COROUTINE != 0)
        }),
        _ => false,
    };
    if unawaited {
        vm.reraising.set(saved_reraise);
        warn_never_awaited(vm, o);
        return;
    }
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
            crate::traceback::format_unraisable(vm, &e)
        );
        vm.flush_stdout();
        eprint!("{text}");
    }
}
