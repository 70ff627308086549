//! The synchronisation primitives the GIL is built from: the standard library's, or loom's
//! model-checked stand-ins when the crate is compiled with `--cfg pyvm_loom`, so that the model
//! tests in [`super::model`] explore every interleaving of the real hand-off code.

#[cfg(pyvm_loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(pyvm_loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};

#[cfg(not(pyvm_loom))]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
#[cfg(not(pyvm_loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};
