//! The global interpreter lock: one OS thread at a time runs Python code.
//!
//! Objects are `Rc` + `RefCell` (see ARCHITECTURE.md, "Ownership and threads"): that is sound
//! only because every access to a Python object happens while holding this lock. The lock is
//! a mutex-protected record of who holds the GIL plus condition variables; taking and
//! releasing it goes through that mutex, which orders every memory effect of the releasing
//! thread before the acquiring one.
//!
//! Threads are numbered ([`Tid`], 1 is the main thread) and each is *runnable* or *blocked*
//! (in a lock wait or `time.sleep`, until woken or until a deadline). Only runnable threads
//! take the GIL. When a thread gives it up, the [`SwitchPolicy`] may name the next holder (a
//! directed hand-off): the instruction policy does, so with a seed the scheduler, not the
//! operating system, decides the interleaving, and a run repeats exactly.
//!
//! The evaluation loop tests [`Gil::breaker`] (one relaxed atomic load) at every instruction
//! boundary and calls [`boundary`] only when it is armed: under the CPython policy when a
//! waiting thread has posted a drop request, under the instruction policy while two or more
//! threads are runnable.

pub mod interrupt;
#[cfg(all(test, pyvm_loom))]
mod model;
pub mod policy;
mod sync;
pub mod sys;

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use bytecode::opcode::Opcode as Op;

pub use policy::{SwitchConfig, SwitchPolicy};

use crate::vm::Vm;
use sync::{AtomicBool, AtomicU64, Condvar, Mutex, MutexGuard, Ordering};

/// A Python thread's number within its interpreter (1 is the main thread).
pub type Tid = u64;

pub const MAIN_TID: Tid = 1;

/// CPython's default switch interval, `sys.getswitchinterval()`: 5 ms.
const DEFAULT_INTERVAL_US: u64 = 5000;

thread_local! {
    /// The Python thread this OS thread runs.
    static CURRENT: Cell<Tid> = const { Cell::new(MAIN_TID) };
}

/// The Python thread number of the calling OS thread.
pub fn current() -> Tid {
    CURRENT.with(|c| c.get())
}

fn set_current(tid: Tid) {
    CURRENT.with(|c| c.set(tid));
}

/// The lock and its scheduler.
pub struct Gil {
    state: Mutex<State>,
    /// Signalled when the GIL is released or a blocked thread becomes runnable.
    cond: Condvar,
    /// Signalled when a thread takes the GIL: CPython's FORCE_SWITCHING, where a thread that
    /// dropped the GIL on request waits until another thread has it, so it cannot take it
    /// straight back (the "convoy effect").
    switch_cond: Condvar,
    /// The eval breaker the evaluation loop tests at every instruction boundary.
    breaker: AtomicBool,
    /// A waiting thread asks the holder to drop the GIL (CPython's `gil_drop_request`).
    drop_request: AtomicBool,
    /// `sys.setswitchinterval`, in microseconds.
    interval_us: AtomicU64,
    policy: OnceLock<Box<dyn SwitchPolicy>>,
}

struct State {
    holder: Option<Tid>,
    /// The only thread allowed to take the free GIL, when the policy chose one.
    next_owner: Option<Tid>,
    /// How many times the GIL changed hands (a waiting thread posts a drop request only if
    /// no switch happened during its interval, as CPython's `switch_number`).
    switch_number: u64,
    next_tid: Tid,
    /// Live threads in thread-number order.
    threads: Vec<(Tid, Wait)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Wait {
    Runnable,
    /// Blocked until woken, or until the deadline.
    Blocked(Option<Instant>),
}

impl State {
    fn wait_of(&self, tid: Tid) -> Option<Wait> {
        self.threads
            .iter()
            .find(|(t, _)| *t == tid)
            .map(|(_, w)| *w)
    }

    fn set_wait(&mut self, tid: Tid, wait: Wait) {
        if let Some(e) = self.threads.iter_mut().find(|(t, _)| *t == tid) {
            e.1 = wait;
        }
    }

    fn runnable_others(&self, me: Tid) -> Vec<Tid> {
        self.threads
            .iter()
            .filter(|(t, w)| *t != me && *w == Wait::Runnable)
            .map(|(t, _)| *t)
            .collect()
    }

    fn runnable_count(&self) -> usize {
        self.threads
            .iter()
            .filter(|(_, w)| *w == Wait::Runnable)
            .count()
    }
}

impl Default for Gil {
    fn default() -> Gil {
        Gil::new()
    }
}

impl Gil {
    /// A GIL held by the calling thread, which becomes the main thread.
    pub fn new() -> Gil {
        set_current(MAIN_TID);
        Gil {
            state: Mutex::new(State {
                holder: Some(MAIN_TID),
                next_owner: None,
                switch_number: 0,
                next_tid: MAIN_TID + 1,
                threads: vec![(MAIN_TID, Wait::Runnable)],
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            breaker: AtomicBool::new(false),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(DEFAULT_INTERVAL_US),
            policy: OnceLock::new(),
        }
    }

    /// The mutex, whatever a panicking thread left behind (the state stays consistent:
    /// every update is a single assignment).
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn policy(&self) -> &dyn SwitchPolicy {
        self.policy
            .get_or_init(|| Box::new(policy::CPython))
            .as_ref()
    }

    /// Installs the switch policy; only before the policy is first used (at start-up).
    pub fn set_policy(&self, p: Box<dyn SwitchPolicy>) -> bool {
        self.policy.set(p).is_ok()
    }

    /// The eval breaker flag the evaluation loop tests.
    #[inline]
    pub fn breaker(&self) -> &AtomicBool {
        &self.breaker
    }

    /// The switch interval a waiting thread waits before posting a drop request (at least
    /// a microsecond, as CPython).
    pub fn interval(&self) -> Duration {
        Duration::from_micros(self.interval_us().max(1))
    }

    /// `sys.getswitchinterval()` in microseconds.
    pub fn interval_us(&self) -> u64 {
        self.interval_us.load(Ordering::Relaxed)
    }

    pub fn set_interval(&self, d: Duration) {
        let us = u64::try_from(d.as_micros()).unwrap_or(u64::MAX);
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// Re-derives the breaker from the drop request and, for a preemptive policy, from the
    /// number of runnable threads.
    fn rearm(&self, st: &State) {
        let armed = self.drop_request.load(Ordering::Relaxed)
            || (self.policy().preemptive() && st.runnable_count() >= 2)
            || interrupt::pending();
        self.breaker.store(armed, Ordering::Relaxed);
    }

    /// Releases the GIL held by `me`, handing it to the thread the policy chooses.
    fn release_locked(&self, st: &mut State, me: Tid) {
        st.holder = None;
        let others = st.runnable_others(me);
        st.next_owner = if others.is_empty() {
            None
        } else {
            self.policy().choose(me, &others)
        };
        self.rearm(st);
        self.cond.notify_all();
    }

    /// Waits until `me` is runnable, the GIL is free and no other thread is its chosen next
    /// owner, then takes it. A runnable thread that waits a whole switch interval without any
    /// switch posts a drop request (timed policies); a blocked thread whose deadline passes
    /// becomes runnable by itself.
    fn take_locked<'a>(&'a self, mut st: MutexGuard<'a, State>, me: Tid) -> MutexGuard<'a, State> {
        loop {
            let wait = st.wait_of(me).unwrap_or(Wait::Runnable);
            let runnable = match wait {
                Wait::Runnable => true,
                Wait::Blocked(Some(deadline)) if Instant::now() >= deadline => {
                    st.set_wait(me, Wait::Runnable);
                    self.rearm(&st);
                    true
                }
                // Ctrl-C wakes a blocked main thread, which then raises KeyboardInterrupt.
                Wait::Blocked(_) if me == MAIN_TID && interrupt::pending() => {
                    st.set_wait(me, Wait::Runnable);
                    self.rearm(&st);
                    true
                }
                Wait::Blocked(_) => false,
            };
            if runnable && st.holder.is_none() && st.next_owner.is_none_or(|t| t == me) {
                st.holder = Some(me);
                st.next_owner = None;
                st.switch_number += 1;
                self.drop_request.store(false, Ordering::Relaxed);
                self.rearm(&st);
                self.switch_cond.notify_all();
                return st;
            }
            let timed = runnable && st.holder.is_some() && self.policy().timed_requests();
            let timeout = match wait {
                _ if timed => Some(self.interval()),
                Wait::Blocked(Some(deadline)) if !runnable => {
                    Some(deadline.saturating_duration_since(Instant::now()))
                }
                _ => None,
            };
            // A blocked main thread looks at the interrupt flag every POLL.
            let timeout = match timeout {
                _ if !(me == MAIN_TID && !runnable && interrupt::installed()) => timeout,
                Some(t) => Some(t.min(interrupt::POLL)),
                None => Some(interrupt::POLL),
            };
            let saved = st.switch_number;
            st = match timeout {
                None => self.cond.wait(st).unwrap_or_else(|e| e.into_inner()),
                Some(t) => {
                    let (g, r) = self
                        .cond
                        .wait_timeout(st, t)
                        .unwrap_or_else(|e| e.into_inner());
                    if timed && r.timed_out() && g.holder.is_some() && g.switch_number == saved {
                        self.drop_request.store(true, Ordering::Relaxed);
                        self.breaker.store(true, Ordering::Relaxed);
                    }
                    g
                }
            };
        }
    }

    /// Registers a new runnable thread (called by the GIL holder that starts it) and returns
    /// its number. Registering before the OS thread exists keeps the scheduler's view
    /// independent of how fast the OS starts it.
    pub fn register(&self) -> Tid {
        let mut st = self.lock();
        let tid = st.next_tid;
        st.next_tid += 1;
        st.threads.push((tid, Wait::Runnable));
        self.rearm(&st);
        tid
    }

    /// Forgets a registered thread whose OS thread could not be started (holder only).
    pub fn unregister(&self, tid: Tid) {
        let mut st = self.lock();
        st.threads.retain(|(t, _)| *t != tid);
        if st.next_owner == Some(tid) {
            st.next_owner = None;
        }
        self.rearm(&st);
    }

    /// The first acquisition by a new thread `tid` on its own OS thread.
    pub fn enter(&self, tid: Tid) {
        set_current(tid);
        let st = self.lock();
        drop(self.take_locked(st, tid));
    }

    /// The thread `me` ends: it leaves the scheduler and releases the GIL for good.
    pub fn exit(&self, me: Tid) {
        let mut st = self.lock();
        st.threads.retain(|(t, _)| *t != me);
        self.release_locked(&mut st, me);
    }

    /// A switch point: hands the GIL to another runnable thread and waits to get it back.
    /// Under a timed policy the caller waits until another thread has taken it first.
    pub fn yield_now(&self, me: Tid) {
        let mut st = self.lock();
        if st.holder != Some(me) {
            return;
        }
        if st.runnable_others(me).is_empty() {
            // A stale request: nobody else can run.
            self.drop_request.store(false, Ordering::Relaxed);
            self.rearm(&st);
            return;
        }
        let saved = st.switch_number;
        let requested = self.drop_request.swap(false, Ordering::Relaxed);
        self.release_locked(&mut st, me);
        if requested && self.policy().timed_requests() {
            while st.switch_number == saved && !st.runnable_others(me).is_empty() {
                st = self.switch_cond.wait(st).unwrap_or_else(|e| e.into_inner());
            }
        }
        drop(self.take_locked(st, me));
    }

    /// Blocks `me` (a lock wait, `time.sleep`): releases the GIL until another thread wakes
    /// it with [`Gil::wake`] or `deadline` passes, then takes it back. The caller re-checks
    /// what it waits for.
    pub fn block(&self, me: Tid, deadline: Option<Instant>) {
        let mut st = self.lock();
        st.set_wait(me, Wait::Blocked(deadline));
        self.release_locked(&mut st, me);
        drop(self.take_locked(st, me));
    }

    /// Makes a blocked thread runnable (called by the GIL holder, e.g. releasing a lock).
    pub fn wake(&self, tid: Tid) {
        let mut st = self.lock();
        if matches!(st.wait_of(tid), Some(Wait::Blocked(_))) {
            st.set_wait(tid, Wait::Runnable);
            self.rearm(&st);
            self.cond.notify_all();
        }
    }

    /// Live Python threads, the main thread included.
    pub fn thread_count(&self) -> usize {
        self.lock().threads.len()
    }
}

/// Values handed to a new OS thread: a new thread's function, its arguments and the
/// interpreter they belong to.
///
/// They are `Rc`-based and so not `Send`; moving them is sound under the GIL discipline:
/// [`GilSend::new`] is called by the GIL holder, and [`GilSend::receive`] takes the GIL on the
/// new thread before it hands the values out, so no two threads ever touch them (or their
/// reference counts) at the same time, and the GIL's mutex orders the creator's writes
/// before the new thread's reads. If the OS thread cannot be created, the values are
/// dropped by the creator, which still holds the GIL.
pub struct GilSend<T>(T);

// SAFETY: see the type's documentation: only GIL holders touch the contents, and the GIL's
// mutex hand-off orders their accesses.
unsafe impl<T> Send for GilSend<T> {}

impl<T> GilSend<T> {
    /// Wraps values owned by the GIL holder.
    pub fn new(values: T) -> GilSend<T> {
        GilSend(values)
    }

    /// On the new thread: takes the GIL as thread `tid` of the interpreter `gil_of` finds in
    /// the values (it may only read through to the `Gil`, which is `Sync`), then hands the
    /// values out.
    pub fn receive(self, gil_of: impl FnOnce(&T) -> &Gil, tid: Tid) -> T {
        gil_of(&self.0).enter(tid);
        self.0
    }
}

/// Whether CPython 3.11 checks its eval breaker (and so may switch threads) right after the
/// instruction `op` with argument `arg`, which started at code unit `at`; `next` is where
/// execution continues, and `python_call` says a `CALL` ran a Python function.
///
/// The checks in CPython 3.11's `ceval.c` (`CHECK_EVAL_BREAKER()` and the `RESUME` test):
/// * `RESUME` with oparg < 2 (a function's start, and after `yield`; not after `yield from`
///   or `await`);
/// * `JUMP_BACKWARD` (never `JUMP_BACKWARD_NO_INTERRUPT`);
/// * `POP_JUMP_BACKWARD_IF_FALSE/TRUE/NONE/NOT_NONE`, when the jump is taken;
/// * `CALL` after a call that returns to the loop: any callable but a Python function, which
///   CPython runs inline in the same loop (its own `RESUME` is the check);
/// * `CALL_FUNCTION_EX`, after the call;
/// * the specialised `PRECALL_*`/`CALL_*` forms, after their calls: the same points as the
///   generic `CALL` they stand for.
///
/// Nothing else checks: a thread never switches between `LOAD_GLOBAL` and `STORE_GLOBAL`
/// of `num += 1`, which is why CPython 3.11 does not lose updates in `examples/seed.py`.
#[inline]
pub fn checkpoint(op: Op, arg: u32, at: usize, next: usize, python_call: bool) -> bool {
    match op {
        Op::RESUME => arg < 2,
        Op::JUMP_BACKWARD => true,
        Op::POP_JUMP_BACKWARD_IF_FALSE
        | Op::POP_JUMP_BACKWARD_IF_TRUE
        | Op::POP_JUMP_BACKWARD_IF_NONE
        | Op::POP_JUMP_BACKWARD_IF_NOT_NONE => next <= at,
        Op::CALL => !python_call,
        Op::CALL_FUNCTION_EX => true,
        _ => false,
    }
}

/// The scheduling hook at an instruction boundary, called by the evaluation loop when the
/// eval breaker is armed: asks the policy and switches threads if it says so.
#[cold]
#[inline(never)]
pub fn boundary(vm: &Vm, checkpoint: bool) -> crate::vm::PyResult<()> {
    let gil = &vm.interp.gil;
    // Ctrl-C is handled where CPython handles signals: at an eval-breaker checkpoint of the
    // main thread.
    if checkpoint && current() == MAIN_TID {
        check_interrupt(vm)?;
    }
    let requested = gil.drop_request.load(Ordering::Relaxed);
    if gil.policy().switch_here(checkpoint, requested) {
        gil.yield_now(current());
    }
    Ok(())
}

/// In the main thread, turns a pending Ctrl-C into `KeyboardInterrupt` (and re-derives the
/// eval breaker, which the signal armed).
pub fn check_interrupt(vm: &Vm) -> crate::vm::PyResult<()> {
    if current() != MAIN_TID || !interrupt::take() {
        return Ok(());
    }
    let gil = &vm.interp.gil;
    gil.rearm(&gil.lock());
    let exc = vm.new_exception(&vm.types().exc.keyboard_interrupt, Vec::new());
    Err(crate::vm::PyErr(exc))
}

/// Blocks the calling Python thread until woken or until `deadline` (see [`Gil::block`]).
pub fn block(vm: &Vm, deadline: Option<Instant>) {
    vm.interp.gil.block(current(), deadline);
}

#[cfg(all(test, not(pyvm_loom)))]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_new_thread_runs_when_the_holder_blocks() {
        let gil = Arc::new(Gil::new());
        let t = gil.register();
        let order = Arc::new(Mutex::new(Vec::new()));
        let (g2, o2) = (gil.clone(), order.clone());
        let h = std::thread::spawn(move || {
            g2.enter(t);
            o2.lock().unwrap().push("thread");
            g2.wake(MAIN_TID);
            g2.exit(t);
        });
        order.lock().unwrap().push("main");
        gil.block(MAIN_TID, None);
        order.lock().unwrap().push("main again");
        h.join().unwrap();
        assert_eq!(*order.lock().unwrap(), ["main", "thread", "main again"]);
        assert_eq!(gil.thread_count(), 1);
    }

    #[test]
    fn a_deadline_wakes_a_blocked_thread() {
        let gil = Gil::new();
        let start = Instant::now();
        gil.block(MAIN_TID, Some(start + Duration::from_millis(20)));
        assert!(start.elapsed() >= Duration::from_millis(20));
    }

    #[test]
    fn checkpoints_are_cpythons() {
        assert!(checkpoint(Op::RESUME, 0, 0, 1, false));
        assert!(checkpoint(Op::RESUME, 1, 0, 1, false));
        assert!(!checkpoint(Op::RESUME, 2, 0, 1, false));
        assert!(checkpoint(Op::JUMP_BACKWARD, 3, 10, 8, false));
        assert!(!checkpoint(Op::JUMP_BACKWARD_NO_INTERRUPT, 3, 10, 8, false));
        assert!(checkpoint(Op::POP_JUMP_BACKWARD_IF_TRUE, 3, 10, 8, false));
        assert!(!checkpoint(Op::POP_JUMP_BACKWARD_IF_TRUE, 3, 10, 11, false));
        assert!(checkpoint(Op::CALL, 0, 10, 15, false));
        assert!(!checkpoint(Op::CALL, 0, 10, 15, true));
        assert!(checkpoint(Op::CALL_FUNCTION_EX, 0, 10, 11, true));
        assert!(!checkpoint(Op::STORE_GLOBAL, 0, 10, 11, false));
    }
}
