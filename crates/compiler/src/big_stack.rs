//! The one place the compiler gets a big native stack.
//!
//! Parsing, the symbol table, the checks and code generation recurse once per nesting level
//! (and dropping a deep tree recurses too), so every public entry point runs its work on a
//! worker thread with a large stack (reserved virtual memory, touched only as deep as used):
//! the depth limits, not the native stack, decide how deep a program may nest. Each calling
//! thread keeps one worker for all its compiles (a fresh thread per file cost a third of the
//! time in thread creation and page faults on its new stack). The worker ends, and is
//! joined, when its calling thread ends.

use std::cell::{Cell, RefCell};
use std::sync::mpsc::{channel, sync_channel, Sender};
use std::thread::JoinHandle;

use crate::error::{ErrorKind, SyntaxError};

/// Stack of each worker thread.
const STACK_BYTES: usize = 1 << 30;

type Job = Box<dyn FnOnce() + Send>;

struct Worker {
    jobs: Option<Sender<Job>>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Worker {
    fn drop(&mut self) {
        // Closing the queue ends the worker's loop.
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    /// Set on worker threads: a nested entry point (`eval` mode parses as a module first)
    /// runs right there.
    static ON_WORKER: Cell<bool> = const { Cell::new(false) };
}

fn spawn() -> Option<Worker> {
    let (jobs, queue) = channel::<Job>();
    let thread = std::thread::Builder::new()
        .name("pyvm-compile".into())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            ON_WORKER.with(|on| on.set(true));
            while let Ok(job) = queue.recv() {
                // A panic in one job (a compiler bug) must not take the worker down: the
                // job's answer channel closes, and its caller reports the failure.
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            }
        })
        .ok()?;
    Some(Worker {
        jobs: Some(jobs),
        thread: Some(thread),
    })
}

/// Runs `job` on this thread's big-stack worker and returns its result; `None` when the
/// worker could not be started or the job panicked.
pub(crate) fn run<R: Send + 'static>(job: impl FnOnce() -> R + Send + 'static) -> Option<R> {
    if ON_WORKER.with(Cell::get) {
        return Some(job());
    }
    let (answer_tx, answer) = sync_channel::<R>(1);
    let job: Job = Box::new(move || {
        let _ = answer_tx.send(job());
    });
    WORKER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = spawn();
        }
        let jobs = slot.as_ref()?.jobs.as_ref()?;
        if jobs.send(job).is_err() {
            // The worker is gone: start a new one at the next call.
            *slot = None;
            return None;
        }
        answer.recv().ok()
    })
}

/// The error when the compiler's worker could not be started or the compile panicked.
pub(crate) fn thread_failed(filename: &str) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: "compiler thread failed".into(),
        filename: filename.to_string(),
        lineno: 1,
        offset: 0,
        end_lineno: 1,
        end_offset: 0,
        text: None,
    }
}
