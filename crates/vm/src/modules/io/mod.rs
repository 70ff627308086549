//! `_io`: the native I/O stack behind `io` and `open()`, shaped as CPython 3.11's: the
//! abstract bases (`_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`, in
//! [`iobase`]), the raw file (`FileIO`), the in-memory streams (`BytesIO`, `StringIO`), the
//! buffered layers (`BufferedReader`/`Writer`/`Random`/`RWPair`) and the text layer
//! (`TextIOWrapper`, `IncrementalNewlineDecoder`). `Lib/io.py` re-exports these and adds
//! the ABCs. Each concrete class keeps its state in a `Payload::Native`; the generic methods
//! of the bases go through attribute lookups, so Python subclasses work as in CPython.

pub mod buffered;
pub mod buffered_ops;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
pub mod newlines;
pub mod open;
pub mod stdio;
pub mod stringio;
pub mod textio;
pub mod textio_read;

use std::cell::RefMut;

use crate::builtins::{function, new_builtin};
use crate::object::{Payload, PyObject};
use crate::types::function::{Args, NativeFn};
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The names of the classes `_io` defines, each registered as `vm.native_type("_io.X")`.
const CLASSES: [&str; 15] = [
    "_IOBase",
    "_RawIOBase",
    "_BufferedIOBase",
    "_TextIOBase",
    "FileIO",
    "BytesIO",
    "StringIO",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRandom",
    "BufferedRWPair",
    "TextIOWrapper",
    "IncrementalNewlineDecoder",
    "UnsupportedOperation",
    "_io",
];

/// The `_io` class `name` (one of [`CLASSES`]), made with all the others the first time
/// any is asked for.
pub fn class(vm: &Vm, name: &'static str) -> PyRef {
    if !vm.interp.native_types.borrow().contains_key("_io._io") {
        build_classes(vm);
    }
    let key = CLASSES
        .iter()
        .find(|k| **k == name)
        .map_or("_io._io", |k| key_of(k));
    vm.native_type(key, |vm| vm.types().object.clone())
}

fn key_of(name: &str) -> &'static str {
    match name {
        "_IOBase" => "_io._IOBase",
        "_RawIOBase" => "_io._RawIOBase",
        "_BufferedIOBase" => "_io._BufferedIOBase",
        "_TextIOBase" => "_io._TextIOBase",
        "FileIO" => "_io.FileIO",
        "BytesIO" => "_io.BytesIO",
        "StringIO" => "_io.StringIO",
        "BufferedReader" => "_io.BufferedReader",
        "BufferedWriter" => "_io.BufferedWriter",
        "BufferedRandom" => "_io.BufferedRandom",
        "BufferedRWPair" => "_io.BufferedRWPair",
        "TextIOWrapper" => "_io.TextIOWrapper",
        "IncrementalNewlineDecoder" => "_io.IncrementalNewlineDecoder",
        "UnsupportedOperation" => "_io.UnsupportedOperation",
        _ => "_io._io",
    }
}

fn register(vm: &Vm, name: &str, t: &PyRef) {
    let t = t.clone();
    vm.native_type(key_of(name), move |_| t);
}

fn build_classes(vm: &Vm) {
    let exc = &vm.types().exc;
    let bases = vm.new_tuple(vec![
        Value::Obj(exc.os_error.clone()),
        Value::Obj(exc.value_error.clone()),
    ]);
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str("io"));
    let unsupported = vm
        .call_positional(
            &Value::Obj(vm.types().type_.clone()),
            &[vm.new_str("UnsupportedOperation"), bases, Value::Obj(ns)],
        )
        .ok()
        .and_then(|v| v.as_obj().cloned())
        .unwrap_or_else(|| exc.os_error.clone());
    register(vm, "UnsupportedOperation", &unsupported);
    let object = vm.types().object.clone();
    let make = |name: &str, base: &PyRef| {
        let t = super::weakref::native_class(vm, name, "_io", base, true);
        register(vm, name, &t);
        t
    };
    let iobase = make("_IOBase", &object);
    let raw = make("_RawIOBase", &iobase);
    let buffered = make("_BufferedIOBase", &iobase);
    let text = make("_TextIOBase", &iobase);
    iobase::init_bases(vm, &iobase, &raw, &buffered, &text);
    fileio::init(vm, &make("FileIO", &raw));
    bytesio::init(vm, &make("BytesIO", &buffered));
    stringio::init(vm, &make("StringIO", &text));
    for name in ["BufferedReader", "BufferedWriter", "BufferedRandom"] {
        buffered::init(vm, &make(name, &buffered));
    }
    buffered::init_rwpair(vm, &make("BufferedRWPair", &buffered));
    textio::init(vm, &make("TextIOWrapper", &text));
    newlines::init(vm, &make("IncrementalNewlineDecoder", &object));
    register(vm, "_io", &object);
}

/// Fills the `_io` module.
pub fn init(vm: &Vm, ns: &PyRef) {
    for name in &CLASSES[..14] {
        vm.dict_set_str(ns, name, Value::Obj(class(vm, name)));
    }
    vm.dict_set_str(
        ns,
        "BlockingIOError",
        Value::Obj(vm.types().exc.blocking_io_error.clone()),
    );
    vm.dict_set_str(
        ns,
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE as i64),
    );
    // `io.open is open`: the builtin is this function.
    let builtin = vm.builtins_dict();
    match vm.dict_get_str(&builtin, "open") {
        Ok(Some(f)) => vm.dict_set_str(ns, "open", f),
        _ => function(vm, ns, "_io", "open", open::open),
    }
    function(vm, ns, "_io", "open_code", open::open_code);
    function(vm, ns, "_io", "text_encoding", open::text_encoding);
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    vm.new_error(&class(vm, "UnsupportedOperation"), msg)
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Borrows the Rust state `T` of `this`; a state already borrowed (a re-entrant call from
/// Python code the method ran) is a `RuntimeError`, not a panic.
pub fn state<'a, T: 'static>(vm: &Vm, this: &'a Value, cls: &str) -> PyResult<RefMut<'a, T>> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        let Ok(b) = cell.try_borrow_mut() else {
            return Err(vm.runtime_error(format!("reentrant call inside {cls}")));
        };
        if let Ok(s) = RefMut::filter_map(b, |a| a.downcast_mut::<T>()) {
            return Ok(s);
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '_io.{cls}' object but received '{}'",
        vm.type_name(this)
    )))
}

/// Whether `this` carries Rust state `T` (a native object or a subclass instance of one).
pub fn has_state<T: 'static>(this: &Value) -> bool {
    match this.as_obj().map(|o| &o.payload) {
        Some(Payload::Native(cell)) => cell.try_borrow().is_ok_and(|b| b.is::<T>()),
        _ => false,
    }
}

/// `cls.__new__` for a native class: a fresh instance (with a `__dict__`) holding `state`.
pub fn new_instance<T: 'static>(vm: &Vm, args: &Args, state: T) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("__new__(X): X is not a type object")),
    };
    let cell: Box<std::cell::RefCell<dyn std::any::Any>> = Box::new(std::cell::RefCell::new(state));
    Ok(Value::Obj(PyObject::with_dict(
        cls,
        Payload::Native(cell),
        vm.new_dict(),
    )))
}

/// `obj.name(*args)`.
pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.getattr_str(obj, name)?;
    vm.call_positional(&m, args)
}

/// Installs a read-only property `name` on `t` computed by `get(self)`.
pub fn getter(vm: &Vm, t: &PyRef, name: &'static str, get: NativeFn) {
    let f = new_builtin(vm, name, get, None);
    if let Ok(p) = vm.call_positional(&Value::Obj(vm.types().property.clone()), &[f]) {
        if let Some(d) = &t.dict {
            vm.dict_set_str(d, name, p);
        }
    }
}

/// A size argument: an int, or `None` for "all" (-1), with CPython's message otherwise.
pub fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => match vm.index_opt(v)? {
            Some(i) => Ok(i),
            None => Err(vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            ))),
        },
    }
}

/// The bytes of a bytes-like argument, or CPython's `TypeError`.
pub fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match vm.bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            // Other buffer objects (memoryview, array.array) give their bytes by `tobytes()`.
            if str_of(v).is_none() {
                if let Some(f) = vm.getattr_opt(v, "tobytes")? {
                    if let Some(b) = vm.bytes_like(&vm.call_positional(&f, &[])?) {
                        return Ok(b);
                    }
                }
            }
            Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

/// The `str` contents of `v`, if it is a str.
pub fn str_of(v: &Value) -> Option<&str> {
    v.as_obj().and_then(|o| o.as_str()).map(|s| s.as_str())
}

/// `self.closed`, as a bool.
pub fn is_closed(vm: &Vm, this: &Value) -> PyResult<bool> {
    let c = vm.getattr_str(this, "closed")?;
    vm.truthy(&c)
}

/// The C `tp_name` CPython shows in reprs: `_io.FileIO` for the native classes, the bare
/// class name for a Python subclass.
pub fn tp_name(vm: &Vm, this: &Value) -> String {
    let cls = vm.type_of(this);
    let name = crate::types::typeobj::data(cls).name.borrow().clone();
    if vm.type_module(cls).as_deref() == Some("_io") {
        format!("_io.{name}")
    } else {
        name
    }
}

/// End-of-program work, in CPython's order: the `atexit` callbacks (if `atexit` was
/// imported), then the files still open are flushed, as CPython's finalisation flushes
/// them when it frees them.
pub fn at_exit(vm: &Vm) {
    let atexit = vm.dict_get_str(&vm.interp.modules, "atexit").ok().flatten();
    if let Some(handlers) = atexit.and_then(|m| vm.getattr_str(&m, "_exithandlers").ok()) {
        // Last registered first; each `(func, args, kwargs)` is popped before it runs.
        while let Ok(h) = call_method(vm, &handlers, "pop", &[]) {
            let Ok(parts) = vm.collect(&h) else { break };
            let [func, args, kwargs] = &parts[..] else {
                break;
            };
            let r = (|| {
                let args = vm.collect(args)?;
                let mut values = args;
                let mut names = Vec::new();
                if let Some(Payload::Dict(d)) = kwargs.as_obj().map(|o| &o.payload) {
                    let items: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    for (k, v) in items {
                        names.push(k);
                        values.push(v);
                    }
                }
                vm.call(
                    func,
                    Args {
                        values: &values,
                        kwnames: &names,
                    },
                )
            })();
            if let Err(e) = r {
                let head = match vm.repr(func) {
                    Ok(r) => format!("Exception ignored in atexit callback: {r}\n"),
                    Err(_) => "Exception ignored in atexit callback\n".to_string(),
                };
                let text = crate::traceback::format_exception(vm, &e);
                vm.flush_stdout();
                vm.write_stderr(&format!("{head}{text}"));
            }
        }
    }
    buffered::flush_all(vm);
}
