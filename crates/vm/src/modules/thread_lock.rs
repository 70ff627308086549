//! `_thread.lock` and `_thread.RLock`: locks whose waits release the GIL.
//!
//! A lock's state is an ordinary object payload, read and written only by the GIL holder.
//! A thread that finds a lock taken records itself among the lock's waiters and blocks in
//! the GIL's scheduler (`crate::gil::block`); `release` makes every waiter runnable again and
//! they retry, so the scheduler (and, under the seeded instruction policy, nothing else)
//! decides which one gets the lock.

use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

use crate::builtins::{method, rest, self_arg, static_method};
use crate::gil::Tid;
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::types::typeobj::{self, Layout};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// `_thread.TIMEOUT_MAX`: the longest timeout CPython accepts on Linux, in seconds.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// The state of a lock object.
pub struct LockState {
    /// An `RLock` (re-entrant, owned) rather than a plain lock.
    recursive: bool,
    /// The thread holding it (0: unlocked). Any thread may release a plain lock.
    owner: Cell<Tid>,
    /// How many times the owner acquired an `RLock`.
    count: Cell<u64>,
    /// Threads blocked in `acquire`, in arrival order.
    waiters: RefCell<Vec<Tid>>,
}

impl LockState {
    fn new(recursive: bool) -> LockState {
        LockState {
            recursive,
            owner: Cell::new(0),
            count: Cell::new(0),
            waiters: RefCell::new(Vec::new()),
        }
    }

    pub fn locked(&self) -> bool {
        self.owner.get() != 0
    }

    /// Takes the lock if it is free (or, for an `RLock`, already ours).
    fn try_acquire(&self, me: Tid) -> bool {
        if self.owner.get() == 0 {
            self.owner.set(me);
            self.count.set(1);
            true
        } else if self.recursive && self.owner.get() == me {
            self.count.set(self.count.get() + 1);
            true
        } else {
            false
        }
    }

    /// Acquires the lock, blocking until `deadline` (`None`: forever) while it is taken. An
    /// `interruptible` wait in the main thread ends in KeyboardInterrupt on Ctrl-C, as
    /// CPython's lock waits do.
    pub fn acquire(
        &self,
        vm: &Vm,
        deadline: Option<Instant>,
        interruptible: bool,
    ) -> PyResult<bool> {
        let me = crate::gil::current();
        loop {
            if self.try_acquire(me) {
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            self.waiters.borrow_mut().push(me);
            crate::gil::block(vm, deadline);
            let mut w = self.waiters.borrow_mut();
            if let Some(at) = w.iter().position(|&t| t == me) {
                w.remove(at);
            }
            drop(w);
            if interruptible {
                crate::gil::check_interrupt(vm)?;
            }
        }
    }

    /// Unlocks and makes the waiters runnable.
    pub fn unlock(&self, vm: &Vm) {
        self.owner.set(0);
        self.count.set(0);
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        for t in waiters {
            vm.interp.gil.wake(t);
        }
    }
}

/// Creates the two lock types (once per interpreter).
pub fn make_types(vm: &Vm) -> (PyRef, PyRef) {
    let b = crate::types::Builder {
        type_: vm.types().type_.clone(),
        dict: vm.types().dict.clone(),
    };
    let lock = b.make("lock", &vm.types().object, Layout::Fixed, false);
    typeobj::data(&lock).module.set(Some("_thread"));
    for name in ["acquire", "acquire_lock", "__enter__"] {
        method(vm, &lock, name, lock_acquire);
    }
    for name in ["release", "release_lock"] {
        method(vm, &lock, name, lock_release);
    }
    method(vm, &lock, "__exit__", lock_exit);
    method(vm, &lock, "locked", lock_locked);
    method(vm, &lock, "locked_lock", lock_locked);
    method(vm, &lock, "_at_fork_reinit", lock_at_fork_reinit);

    let rlock = b.make("RLock", &vm.types().object, Layout::Fixed, false);
    typeobj::data(&rlock).module.set(Some("_thread"));
    static_method(vm, &rlock, "__new__", rlock_new);
    method(vm, &rlock, "acquire", lock_acquire);
    method(vm, &rlock, "__enter__", lock_acquire);
    method(vm, &rlock, "release", rlock_release);
    method(vm, &rlock, "__exit__", rlock_exit);
    method(vm, &rlock, "_is_owned", rlock_is_owned);
    method(vm, &rlock, "_release_save", rlock_release_save);
    method(vm, &rlock, "_acquire_restore", rlock_acquire_restore);
    method(vm, &rlock, "_recursion_count", rlock_recursion_count);
    method(vm, &rlock, "_at_fork_reinit", lock_at_fork_reinit);
    (lock, rlock)
}

/// A new unlocked `_thread.lock`.
pub fn new_lock(vm: &Vm) -> PyResult<Value> {
    let t = crate::modules::thread::types(vm).0;
    Ok(Value::Obj(PyObject::new(
        t,
        Payload::Lock(Box::new(LockState::new(false))),
    )))
}

fn rlock_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("RLock.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(PyObject::new(
        cls,
        Payload::Lock(Box::new(LockState::new(true))),
    )))
}

/// The lock state of `self`.
fn state<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a LockState> {
    let this = self_arg(vm, args, name)?;
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::Lock(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a lock object but received '{}'",
            vm.type_name(this)
        ))),
    }
}

/// `acquire(blocking=True, timeout=-1)`: the deadline it implies, with CPython's checks;
/// `Ok(None)` for a non-blocking try.
fn acquire_deadline(vm: &Vm, args: &Args) -> PyResult<Option<Option<Instant>>> {
    args.only_kwargs(vm, "acquire", &["blocking", "timeout"])?;
    let pos = args.count(vm, "acquire", 0, 2)?;
    let blocking = match pos.first().or(args.kwarg("blocking")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match pos.get(1).or(args.kwarg("timeout")) {
        Some(v) => crate::builtins::constructors::to_float(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(None);
    }
    if timeout == -1.0 {
        return Ok(Some(None));
    }
    if timeout.is_nan() || timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Some(Some(
        Instant::now() + Duration::from_secs_f64(timeout),
    )))
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "acquire")?;
    let r = rest(&args);
    let got = match acquire_deadline(vm, &r)? {
        None => lock.try_acquire(crate::gil::current()),
        Some(deadline) => lock.acquire(vm, deadline, true)?,
    };
    Ok(Value::Bool(got))
}

fn lock_release(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "release")?;
    rest(&args).fixed(vm, "release", 0, 0)?;
    if !lock.locked() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    lock.unlock(vm);
    Ok(Value::None)
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "__exit__")?;
    if !lock.locked() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    lock.unlock(vm);
    Ok(Value::None)
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "locked")?;
    Ok(Value::Bool(lock.locked()))
}

fn lock_at_fork_reinit(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "_at_fork_reinit")?;
    lock.owner.set(0);
    lock.count.set(0);
    Ok(Value::None)
}

/// Releases one level of an `RLock` the calling thread owns.
fn rlock_release_one(vm: &Vm, lock: &LockState) -> PyResult<Value> {
    if lock.owner.get() != crate::gil::current() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let count = lock.count.get() - 1;
    if count == 0 {
        lock.unlock(vm);
    } else {
        lock.count.set(count);
    }
    Ok(Value::None)
}

fn rlock_release(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "release")?;
    rest(&args).fixed(vm, "release", 0, 0)?;
    rlock_release_one(vm, lock)
}

fn rlock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "__exit__")?;
    rlock_release_one(vm, lock)
}

fn rlock_is_owned(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "_is_owned")?;
    Ok(Value::Bool(
        lock.locked() && lock.owner.get() == crate::gil::current(),
    ))
}

/// `_release_save()`: releases the `RLock` completely (for `Condition.wait`) and returns
/// `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "_release_save")?;
    if lock.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let saved = vm.new_tuple(vec![
        Value::Int(lock.count.get() as i64),
        Value::Int(crate::modules::thread::ident_of(lock.owner.get())),
    ]);
    lock.unlock(vm);
    Ok(saved)
}

fn rlock_acquire_restore(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "_acquire_restore")?;
    let r = rest(&args);
    let a = r.fixed(vm, "_acquire_restore", 1, 1)?;
    let items = a[0]
        .as_obj()
        .and_then(|o| o.as_tuple())
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let count = match items.first() {
        Some(Value::Int(c)) if *c > 0 && items.len() == 2 => *c as u64,
        _ => {
            return Err(
                vm.type_error("_acquire_restore() argument 1 must be a (count, owner) tuple")
            )
        }
    };
    lock.acquire(vm, None, false)?;
    lock.count.set(count);
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let lock = state(vm, &args, "_recursion_count")?;
    let mine = lock.owner.get() == crate::gil::current();
    Ok(Value::Int(if mine { lock.count.get() as i64 } else { 0 }))
}

/// `repr()` of a lock object, as CPython writes it.
pub fn repr(o: &PyRef, lock: &LockState) -> String {
    let status = if lock.locked() { "locked" } else { "unlocked" };
    let addr = crate::ops::convert::addr(o);
    let name = typeobj::data(o.class()).name();
    if lock.recursive {
        let owner = if lock.locked() {
            crate::modules::thread::ident_of(lock.owner.get())
        } else {
            0
        };
        format!(
            "<{status} _thread.{name} object owner={owner} count={} at {addr}>",
            lock.count.get()
        )
    } else {
        format!("<{status} _thread.{name} object at {addr}>")
    }
}
