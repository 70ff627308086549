//! Model checks of the GIL's hand-off under loom, which runs each test body under every
//! interleaving of its threads (up to a preemption bound) and fails on a deadlock, a lost
//! wake-up or a data race.
//!
//! The shared data stands for Python objects: a loom `UnsafeCell` that threads read and
//! write, without atomics, only while they hold the GIL. loom reports any two accesses not
//! ordered by happens-before, so a passing model shows that the GIL's mutex hand-off is what
//! makes pyvm's non-atomic `Rc` counts and `RefCell`s sound (ARCHITECTURE.md, "Ownership and
//! threads").
//!
//! Run: `RUSTFLAGS="--cfg pyvm_loom" cargo test -p pyvm-vm --lib gil::model --target-dir
//! target/loom` (`.ci/run` does).

use loom::cell::UnsafeCell;
use loom::sync::Arc;

use super::policy::{CPython, Instruction};
use super::{Gil, SwitchPolicy, Tid, MAIN_TID};

/// Python-object state: touched only by the GIL holder.
struct Shared {
    /// A counter every thread increments with a plain read-modify-write.
    count: UnsafeCell<u64>,
    /// Set by the second thread when it is done (what a `join` waits for).
    done: UnsafeCell<bool>,
}

// SAFETY: the model's threads touch `Shared` only while holding the GIL; loom checks exactly
// that claim, failing the test on any unordered access.
unsafe impl Sync for Shared {}
unsafe impl Send for Shared {}

impl Shared {
    /// `count += 1` as the bytecode does it: load, add, store.
    fn increment(&self) {
        let n = self.count.with(|p| unsafe { *p });
        self.count.with_mut(|p| unsafe { *p = n + 1 });
    }
}

fn builder() -> loom::model::Builder {
    let mut b = loom::model::Builder::new();
    b.preemption_bound = Some(3);
    b
}

/// Two threads each increment twice with a switch point between; the main thread then waits
/// for the other the way `Thread.join` does: it re-checks `done` holding the GIL and blocks
/// until woken. Every interleaving must end with both increments of both threads counted.
fn two_threads_hand_off(policy: fn() -> Box<dyn SwitchPolicy>) {
    builder().check(move || {
        let gil = Arc::new(Gil::new());
        gil.set_policy(policy());
        let shared = Arc::new(Shared {
            count: UnsafeCell::new(0),
            done: UnsafeCell::new(false),
        });
        let tid: Tid = gil.register();
        let (g, s) = (gil.clone(), shared.clone());
        let other = loom::thread::spawn(move || {
            g.enter(tid);
            s.increment();
            g.yield_now(tid);
            s.increment();
            s.done.with_mut(|p| unsafe { *p = true });
            g.wake(MAIN_TID);
            g.exit(tid);
        });
        shared.increment();
        gil.yield_now(MAIN_TID);
        shared.increment();
        while !shared.done.with(|p| unsafe { *p }) {
            gil.block(MAIN_TID, None);
        }
        assert_eq!(shared.count.with(|p| unsafe { *p }), 4);
        other.join().unwrap();
        assert_eq!(gil.thread_count(), 1);
    });
}

#[test]
fn hand_off_under_the_instruction_policy() {
    two_threads_hand_off(|| Box::new(Instruction::new(Some(1), 1)));
}

#[test]
fn hand_off_under_the_cpython_policy() {
    // Timed waits may time out at any point in the model: drop requests come and go.
    two_threads_hand_off(|| Box::new(CPython));
}

#[test]
fn a_blocked_thread_is_woken_not_lost() {
    // The main thread blocks (a lock wait) before or after the other thread wakes it: the
    // wake-up is never lost, because the check and the block happen under the GIL.
    builder().check(|| {
        let gil = Arc::new(Gil::new());
        gil.set_policy(Box::new(Instruction::new(None, 1)));
        let shared = Arc::new(Shared {
            count: UnsafeCell::new(0),
            done: UnsafeCell::new(false),
        });
        let tid = gil.register();
        let (g, s) = (gil.clone(), shared.clone());
        let other = loom::thread::spawn(move || {
            g.enter(tid);
            s.done.with_mut(|p| unsafe { *p = true });
            g.wake(MAIN_TID);
            g.exit(tid);
        });
        while !shared.done.with(|p| unsafe { *p }) {
            gil.block(MAIN_TID, None);
        }
        other.join().unwrap();
    });
}
