//! Ctrl-C: SIGINT becomes a `KeyboardInterrupt` raised in the main thread, as in CPython.
//!
//! The signal handler may only do async-signal-safe work, so it sets an atomic flag and arms
//! the interpreter's eval breaker (both plain atomic stores). The main thread notices at its
//! next eval-breaker checkpoint (`crate::gil::boundary`) and raises there; a main thread
//! blocked in `time.sleep` or a lock wait polls the flag (`crate::gil::Gil::block` waits at
//! most [`POLL`] at a time while interrupts are installed) and raises when it wakes.

use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::time::Duration;

/// How long a blocked main thread waits before it looks at the flag again.
pub const POLL: Duration = Duration::from_millis(20);

static PENDING: AtomicBool = AtomicBool::new(false);
static INSTALLED: AtomicBool = AtomicBool::new(false);
/// The eval breaker of the interpreter whose main thread gets the interrupt.
static BREAKER: AtomicPtr<AtomicBool> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_signal: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
    let breaker = BREAKER.load(Ordering::SeqCst);
    if !breaker.is_null() {
        // SAFETY: BREAKER only ever holds a pointer made from a `&'static AtomicBool` (see
        // `install`), so it is valid for the whole process; an atomic store is
        // async-signal-safe.
        unsafe { (*breaker).store(true, Ordering::SeqCst) };
    }
}

/// Routes SIGINT to the interpreter owning `breaker` (the CLI calls this once, for the
/// interpreter that lives until the process exits).
pub fn install(breaker: &'static AtomicBool) {
    BREAKER.store(
        breaker as *const AtomicBool as *mut AtomicBool,
        Ordering::SeqCst,
    );
    INSTALLED.store(true, Ordering::SeqCst);
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: `on_sigint` only performs atomic stores, which are async-signal-safe, and
    // touches no state that is not valid for the whole process.
    unsafe { libc::signal(libc::SIGINT, handler as libc::sighandler_t) };
}

/// Whether SIGINT handling is installed (blocked main threads then poll).
pub fn installed() -> bool {
    INSTALLED.load(Ordering::Relaxed)
}

/// Whether a SIGINT arrived that the main thread has not turned into an exception yet.
pub fn pending() -> bool {
    PENDING.load(Ordering::SeqCst)
}

/// Takes the pending interrupt, if any.
pub fn take() -> bool {
    PENDING.swap(false, Ordering::SeqCst)
}

/// After printing an uncaught `KeyboardInterrupt`, ends the process the way CPython does:
/// by SIGINT with its default disposition, so the parent sees a death by signal.
pub fn exit_by_sigint() {
    // SAFETY: restoring the default disposition and raising a signal at ourselves have no
    // memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sigint_sets_the_flag_and_arms_the_breaker() {
        static BREAKER_UNDER_TEST: AtomicBool = AtomicBool::new(false);
        install(&BREAKER_UNDER_TEST);
        // SAFETY: raising SIGINT at ourselves runs the handler just installed.
        unsafe { libc::raise(libc::SIGINT) };
        assert!(BREAKER_UNDER_TEST.load(Ordering::SeqCst));
        assert!(pending());
        assert!(take());
        assert!(!pending());
    }
}
