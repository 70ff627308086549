//! The native `_thread` module: starting OS threads that run Python code under the GIL,
//! their identifiers, and the hooks `threading` builds on (`_set_sentinel`, `_excepthook`).
//! The lock types are in `thread_lock`.
//!
//! Each new thread runs on its own OS thread with a large stack (deep recursion ends in
//! `RecursionError`, as on the main thread) and its own `Vm` (call depth, the exception
//! being handled); the interpreter state is shared. pyvm's thread identifiers
//! (`get_ident()`) are the GIL's thread numbers, 1 for the main thread, so they are the same
//! from run to run; `get_native_id()` is the kernel's thread id.

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::builtins::function;
use crate::gil::{GilSend, Tid};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{Interp, PyErr, PyResult, Vm};

/// Stack of every thread pyvm starts: as the main thread's (see the CLI's `VM_STACK`), so a
/// raised recursion limit behaves the same in any thread. It is reserved address space; the
/// pages are used only as deep as the recursion goes.
const THREAD_STACK: usize = 4 << 30;

/// Per-interpreter state of `_thread`.
#[derive(Default)]
pub struct Threads {
    /// `_thread.lock` and `_thread.RLock`, made on first import.
    types: OnceCell<(PyRef, PyRef)>,
    /// `_thread.stack_size()`: what the program asked for (pyvm never goes below
    /// `THREAD_STACK`).
    stack_size: Cell<usize>,
}

thread_local! {
    /// The locks `_set_sentinel` gave this thread: released when it ends (`Thread.join`
    /// waits on them). Only this thread touches them, holding the GIL.
    static SENTINELS: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// The lock types, made if `_thread` was not imported yet.
pub fn types(vm: &Vm) -> (PyRef, PyRef) {
    vm.interp
        .threads
        .types
        .get_or_init(|| super::thread_lock::make_types(vm))
        .clone()
}

/// The Python identifier of thread `tid` (`get_ident()`).
pub fn ident_of(tid: Tid) -> i64 {
    tid as i64
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let (lock, rlock) = types(vm);
    vm.dict_set_str(ns, "LockType", Value::Obj(lock.clone()));
    vm.dict_set_str(ns, "lock", Value::Obj(lock));
    vm.dict_set_str(ns, "RLock", Value::Obj(rlock));
    vm.dict_set_str(
        ns,
        "error",
        Value::Obj(vm.types().exc.runtime_error.clone()),
    );
    vm.dict_set_str(
        ns,
        "TIMEOUT_MAX",
        Value::Float(super::thread_lock::TIMEOUT_MAX),
    );
    function(vm, ns, "_thread", "start_new_thread", start_new_thread);
    function(vm, ns, "_thread", "start_new", start_new_thread);
    function(vm, ns, "_thread", "allocate_lock", allocate_lock);
    function(vm, ns, "_thread", "allocate", allocate_lock);
    function(vm, ns, "_thread", "get_ident", get_ident);
    function(vm, ns, "_thread", "get_native_id", get_native_id);
    function(vm, ns, "_thread", "_count", count);
    function(vm, ns, "_thread", "stack_size", stack_size);
    function(vm, ns, "_thread", "exit", exit);
    function(vm, ns, "_thread", "exit_thread", exit);
    function(vm, ns, "_thread", "_set_sentinel", set_sentinel);
    function(vm, ns, "_thread", "_excepthook", excepthook);
}

fn allocate_lock(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "allocate_lock", 0, 0)?;
    super::thread_lock::new_lock(vm)
}

fn get_ident(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "get_ident", 0, 0)?;
    Ok(Value::Int(ident_of(crate::gil::current())))
}

/// The kernel's id of the calling thread, from `/proc/thread-self` (`PID/task/TID`).
fn get_native_id(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "get_native_id", 0, 0)?;
    let tid = std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse::<i64>().ok())
        .unwrap_or(std::process::id() as i64);
    Ok(Value::Int(tid))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "_count", 0, 0)?;
    Ok(Value::Int(
        vm.interp.gil.thread_count().saturating_sub(1) as i64
    ))
}

/// `stack_size([size])`: returns the previous setting; 0 or at least 32 KiB, as CPython.
fn stack_size(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "stack_size", 0, 1)?;
    let old = vm.interp.threads.stack_size.get();
    if let Some(v) = a.first() {
        let n = vm.index_arg(v)?;
        if n != 0 && n < 32 * 1024 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        vm.interp.threads.stack_size.set(n.max(0) as usize);
    }
    Ok(Value::Int(old as i64))
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "exit", 0, 0)?;
    Err(PyErr(vm.new_exception(&vm.types().exc.system_exit, vec![])))
}

/// `_set_sentinel()`: a lock that is released when the calling thread ends.
fn set_sentinel(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "_set_sentinel", 0, 0)?;
    let lock = super::thread_lock::new_lock(vm)?;
    if let Value::Obj(o) = &lock {
        SENTINELS.with(|s| s.borrow_mut().push(o.clone()));
    }
    Ok(lock)
}

/// What a new thread needs: the interpreter, the function and its arguments.
struct Start {
    interp: Arc<Interp>,
    func: Value,
    args: Vec<Value>,
    kwargs: Option<PyRef>,
}

/// `start_new_thread(function, args[, kwargs])`: runs `function(*args, **kwargs)` in a new
/// thread and returns its identifier.
fn start_new_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "start_new_thread", 2, 3)?;
    if !vm.is_callable(&a[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Some(targs) = a[1].as_obj().and_then(|o| o.as_tuple()) else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let kwargs = match a.get(2) {
        None => None,
        Some(Value::Obj(d)) if d.as_dict().is_some() => Some(d.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let gil = &vm.interp.gil;
    let tid = gil.register();
    let start = GilSend::new(Start {
        interp: vm.interp.clone(),
        func: a[0].clone(),
        args: targs.to_vec(),
        kwargs,
    });
    let spawned = std::thread::Builder::new()
        .name(format!("pyvm-thread-{tid}"))
        .stack_size(THREAD_STACK.max(vm.interp.threads.stack_size.get()))
        .spawn(move || thread_main(start, tid));
    match spawned {
        Ok(_detached) => Ok(Value::Int(ident_of(tid))),
        Err(_) => {
            gil.unregister(tid);
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of every thread pyvm starts.
fn thread_main(start: GilSend<Start>, tid: Tid) {
    let start = start.receive(|s| &s.interp.gil, tid);
    let interp = start.interp.clone();
    let vm = Vm::for_thread(interp.clone());
    // A Rust panic (an interpreter bug) must not leave the GIL held forever.
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_function(&vm, start.func, start.args, start.kwargs);
        for lock in SENTINELS.with(|s| std::mem::take(&mut *s.borrow_mut())) {
            if let crate::object::Payload::Lock(l) = &lock.payload {
                if l.locked() {
                    l.unlock(&vm);
                }
            }
        }
    }));
    if outcome.is_err() {
        eprintln!("pyvm: internal error: a thread's interpreter panicked");
    }
    // Every Python value of this thread is dropped above or here, holding the GIL.
    drop(vm);
    interp.gil.exit(tid);
    // Never drop the last reference to the interpreter here, without the GIL: the main
    // thread keeps its own until the process ends.
    std::mem::forget(interp);
}

/// Calls the thread's function; an exception other than `SystemExit` is reported as
/// CPython's `thread_run` does ("Exception ignored in thread started by: ...").
fn run_function(vm: &Vm, func: Value, args: Vec<Value>, kwargs: Option<PyRef>) {
    let mut values = args;
    let mut names = Vec::new();
    if let Some(cell) = kwargs.as_ref().and_then(|d| d.as_dict()) {
        let entries: Vec<(Value, Value)> = cell
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            names.push(k);
            values.push(v);
        }
    }
    let r = vm.call(
        &func,
        Args {
            values: &values,
            kwnames: &names,
        },
    );
    if let Err(e) = r {
        if vm.err_matches(&e, &vm.types().exc.system_exit) {
            return;
        }
        let what = vm.repr(&func).unwrap_or_else(|_| "<object>".into());
        let text = format!(
            "Exception ignored in thread started by: {what}\n{}",
            crate::traceback::format_exception(vm, &e)
        );
        write_stderr(vm, &text);
    }
}

/// Writes to `sys.stderr` (whatever object it is now), falling back to the process's stderr.
fn write_stderr(vm: &Vm, text: &str) {
    let stderr = sys_attr(vm, "stderr");
    match stderr {
        Some(f) if !f.is_none() => {
            let _ = call_attr(vm, &f, "write", &[vm.new_str(text)]);
            let _ = call_attr(vm, &f, "flush", &[]);
        }
        _ => {
            vm.flush_stdout();
            eprint!("{text}");
        }
    }
}

/// `obj.name(*args)`.
fn call_attr(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr(obj, &vm.intern(name))?;
    vm.call_positional(&m, args)
}

fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.sys_module("sys").ok().flatten()?;
    vm.getattr_opt(&sys, name).ok().flatten()
}

/// `_thread._excepthook(args)`: `threading.excepthook`'s default, which prints "Exception in
/// thread NAME:" and the traceback to `sys.stderr` (or the thread's saved `_stderr`), and
/// ignores `SystemExit`.
fn excepthook(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "_excepthook", 1, 1)?;
    let hook_args = &a[0];
    let get = |name: &str| -> PyResult<Value> {
        Ok(vm.getattr_opt(hook_args, name)?.unwrap_or(Value::None))
    };
    let exc_type = get("exc_type")?;
    if exc_type
        .as_obj()
        .is_some_and(|t| std::rc::Rc::ptr_eq(t, &vm.types().exc.system_exit))
    {
        return Ok(Value::None);
    }
    let exc_value = get("exc_value")?;
    let thread = get("thread")?;
    let mut file = sys_attr(vm, "stderr").unwrap_or(Value::None);
    if file.is_none() && !thread.is_none() {
        file = vm.getattr_opt(&thread, "_stderr")?.unwrap_or(Value::None);
    }
    if file.is_none() {
        return Ok(Value::None);
    }
    let name = if thread.is_none() {
        ident_of(crate::gil::current()).to_string()
    } else {
        match vm.getattr_opt(&thread, "name")? {
            Some(n) => vm.str_of(&n)?,
            None => format!("<{}>", ident_of(crate::gil::current())),
        }
    };
    call_attr(
        vm,
        &file,
        "write",
        &[vm.new_str(format!("Exception in thread {name}:\n"))],
    )?;
    call_attr(vm, &file, "flush", &[])?;
    if let Value::Obj(e) = &exc_value {
        if matches!(e.payload, crate::object::Payload::Exception(_)) {
            let text = crate::traceback::format_exception(vm, &PyErr(e.clone()));
            call_attr(vm, &file, "write", &[vm.new_str(text)])?;
        }
    }
    call_attr(vm, &file, "flush", &[])?;
    Ok(Value::None)
}

/// `time.sleep(secs)` (`secs` not negative): blocks the calling thread without the GIL.
pub fn sleep(vm: &Vm, secs: f64) -> PyResult<()> {
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let deadline = Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| Instant::now().checked_add(d))
        .ok_or_else(|| vm.overflow_error("sleep length is too large"))?;
    while Instant::now() < deadline {
        crate::gil::block(vm, Some(deadline));
        crate::gil::check_interrupt(vm)?;
    }
    Ok(())
}

/// At interpreter exit: `threading._shutdown()` waits for the non-daemon threads, if the
/// program used `threading` (CPython's `wait_for_thread_shutdown`).
pub fn shutdown(vm: &Vm) {
    let Ok(Some(threading)) = vm.sys_module("threading") else {
        return;
    };
    let Ok(Some(f)) = vm.getattr_opt(&threading, "_shutdown") else {
        return;
    };
    if let Err(e) = vm.call(&f, Args::positional(&[])) {
        let text = format!(
            "Exception ignored on threading shutdown:\n{}",
            crate::traceback::format_exception(vm, &e)
        );
        write_stderr(vm, &text);
    }
}
