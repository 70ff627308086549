//! The interpreter state shared by all threads ([`Interp`]) and the per-thread handle every
//! operation receives ([`Vm`]), with the constructors and error helpers everything uses.
//!
//! Operations (attribute access, calls, arithmetic, comparison, conversion) live in
//! `crate::ops` as further `impl Vm` blocks, one file per family.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;

use bytecode::hash::HashSecret;
use num_bigint::BigInt;

use crate::dict::Dict;
use crate::object::{ExcData, Payload, PyObject, PyStr};
use crate::set::SetTable;
use crate::types::BuiltinTypes;
use crate::value::{PyRef, Value};

/// A raised Python exception (the exception instance).
#[derive(Clone)]
pub struct PyErr(pub PyRef);

pub type PyResult<T = Value> = Result<T, PyErr>;

/// State shared by the whole interpreter.
pub struct Interp {
    pub types: BuiltinTypes,
    interned: RefCell<HashMap<Box<str>, PyRef>>,
    pub hash_secret: HashSecret,
    pub ellipsis: PyRef,
    pub not_implemented: PyRef,
    pub empty_tuple: PyRef,
    /// The stack marker `PUSH_NULL` pushes (see `Vm::null`).
    pub null: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
    /// The `builtins` module and its namespace.
    pub builtins: RefCell<Option<PyRef>>,
    pub recursion_limit: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// `sys.stdout`, buffered as CPython buffers a non-interactive stdout.
    pub stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// `sys.path`.
    pub path: RefCell<Vec<String>>,
    /// `-B` / `PYTHONDONTWRITEBYTECODE`: imports do not write `__pycache__` files.
    pub dont_write_bytecode: Cell<bool>,
    /// `-u` / `PYTHONUNBUFFERED`: `sys.stdout` is flushed after every write.
    pub unbuffered: Cell<bool>,
    /// Answers of type-attribute lookups (see `types::method_cache`).
    pub method_cache: crate::types::method_cache::MethodCache,
    /// When the interpreter started (`time.monotonic`'s origin).
    pub start: std::time::Instant,
    /// The global interpreter lock (see `crate::gil`).
    pub gil: crate::gil::Gil,
    /// `_thread`'s state.
    pub threads: crate::modules::thread::Threads,
}

/// The per-thread interpreter handle.
pub struct Vm {
    /// Shared by the interpreter's threads: an `Arc` so each thread's `Vm` can hold it, but
    /// not `Send`/`Sync` itself; `crate::gil::GilSend` is how it reaches a new thread.
    pub interp: Arc<Interp>,
    /// Python call depth, checked against the recursion limit.
    pub depth: Cell<usize>,
    /// The exception being handled (`sys.exc_info()`), swapped by `PUSH_EXC_INFO` and
    /// `POP_EXCEPT`; the previous one waits on the value stack.
    pub exc_info: RefCell<Value>,
    /// The `exc_info` of the frames outside each running generator or coroutine, innermost
    /// last: a generator runs with its own handled exception (CPython's `gi_exc_state`),
    /// and an empty one shows the caller's (see `Vm::handled_exception`).
    pub exc_outer: RefCell<Vec<Value>>,
    /// Set by `RERAISE` and bare `raise`: the exception keeps its traceback as it is.
    pub reraising: Cell<bool>,
    /// Containers whose repr is being computed (addresses), so a container that contains
    /// itself prints `[...]`.
    pub repr_stack: RefCell<Vec<usize>>,
    /// `(globals, locals)` of each running frame, innermost last (for `globals()`,
    /// `exec` without namespaces and class creation's `__module__`).
    pub namespaces: RefCell<Vec<(PyRef, Option<PyRef>)>>,
    /// The namespace the next frame-aware built-in (`locals()`, `vars()`, `dir()`) reads:
    /// set by `CALL` from the calling frame.
    pub frame_locals: RefCell<Option<PyRef>>,
}

impl Vm {
    /// A fresh interpreter with its built-in types, `builtins` and `sys` modules.
    pub fn new(hash_seed: Option<u32>) -> Vm {
        let types = BuiltinTypes::new();
        let ellipsis = PyObject::new(types.ellipsis_type.clone(), Payload::Ellipsis);
        let not_implemented =
            PyObject::new(types.not_implemented_type.clone(), Payload::NotImplemented);
        let empty_tuple = PyObject::new(types.tuple.clone(), Payload::Tuple(Box::new([])));
        let null = PyObject::new(types.object.clone(), Payload::Object);
        let modules = PyObject::new(types.dict.clone(), Payload::Dict(RefCell::new(Dict::new())));
        let interp = Interp {
            types,
            interned: RefCell::new(HashMap::new()),
            hash_secret: HashSecret::from_seed(hash_seed.unwrap_or(0)),
            ellipsis,
            not_implemented,
            empty_tuple,
            null,
            modules,
            builtins: RefCell::new(None),
            recursion_limit: Cell::new(1000),
            argv: RefCell::new(Vec::new()),
            stdout: RefCell::new(std::io::BufWriter::new(std::io::stdout())),
            path: RefCell::new(Vec::new()),
            dont_write_bytecode: Cell::new(false),
            unbuffered: Cell::new(false),
            start: std::time::Instant::now(),
            method_cache: Default::default(),
            gil: crate::gil::Gil::new(),
            threads: Default::default(),
        };
        // The interpreter is shared by its threads' `Vm`s but is not `Sync`: the GIL, not
        // the type system, keeps them from using it at the same time (crate::gil).
        #[allow(clippy::arc_with_non_send_sync)]
        let vm = Vm::for_thread(Arc::new(interp));
        crate::gc::init(&vm);
        crate::types::register_methods(&vm);
        crate::builtins::install(&vm);
        vm.interp.method_cache.invalidate();
        vm
    }

    /// The handle of one thread of the interpreter `interp` (the state every thread keeps
    /// for itself: call depth, the exception being handled, running frames).
    pub fn for_thread(interp: Arc<Interp>) -> Vm {
        Vm {
            interp,
            depth: Cell::new(0),
            exc_info: RefCell::new(Value::None),
            exc_outer: RefCell::new(Vec::new()),
            reraising: Cell::new(false),
            repr_stack: RefCell::new(Vec::new()),
            namespaces: RefCell::new(Vec::new()),
            frame_locals: RefCell::new(None),
        }
    }

    /// The globals of the innermost running frame.
    pub fn current_globals(&self) -> Option<PyRef> {
        self.namespaces.borrow().last().map(|(g, _)| g.clone())
    }

    /// The locals of the innermost running frame: the namespace of a module or class body,
    /// or the snapshot `CALL` took of a function's fast locals.
    pub fn current_locals(&self) -> Option<PyRef> {
        if let Some(l) = self.frame_locals.borrow_mut().take() {
            return Some(l);
        }
        self.namespaces
            .borrow()
            .last()
            .map(|(g, l)| l.clone().unwrap_or_else(|| g.clone()))
    }

    #[inline]
    pub fn types(&self) -> &BuiltinTypes {
        &self.interp.types
    }

    /// Writes to `sys.stdout`.
    pub fn write_stdout(&self, text: &str) {
        let mut out = self.interp.stdout.borrow_mut();
        let _ = out.write_all(text.as_bytes());
        if self.interp.unbuffered.get() {
            let _ = out.flush();
        }
    }

    pub fn flush_stdout(&self) {
        let _ = self.interp.stdout.borrow_mut().flush();
    }

    // ---- strings and hashing ----

    /// `hash(str)` with this interpreter's secret.
    pub fn str_hash_of(&self, s: &str) -> i64 {
        bytecode::hash::hash_text(s, &self.interp.hash_secret)
    }

    /// The cached hash of a str object.
    pub fn str_hash(&self, s: &PyStr) -> i64 {
        s.hash_with(|t| bytecode::hash::hash_text(t, &self.interp.hash_secret))
    }

    /// The interned str object for `name` (identifiers, attribute names, constants marshal
    /// marked interned).
    pub fn intern(&self, name: &str) -> PyRef {
        if let Some(s) = self.interp.interned.borrow().get(name) {
            return s.clone();
        }
        let s = PyObject::new(self.types().str.clone(), Payload::Str(PyStr::new(name)));
        self.interp
            .interned
            .borrow_mut()
            .insert(name.into(), s.clone());
        s
    }

    // ---- constructors ----

    pub fn new_str_ref(&self, s: impl Into<Box<str>>) -> PyRef {
        PyObject::new(self.types().str.clone(), Payload::Str(PyStr::new(s)))
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> Value {
        Value::Obj(self.new_str_ref(s))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(PyObject::new(
            self.types().bytes.clone(),
            Payload::Bytes(b.into()),
        ))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.new_tuple_ref(items))
    }

    pub fn new_tuple_ref(&self, items: Vec<Value>) -> PyRef {
        if items.is_empty() {
            return self.interp.empty_tuple.clone();
        }
        PyObject::new(self.types().tuple.clone(), Payload::Tuple(items.into()))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(PyObject::new(
            self.types().list.clone(),
            Payload::List(RefCell::new(items)),
        ))
    }

    pub fn new_dict(&self) -> PyRef {
        PyObject::new(
            self.types().dict.clone(),
            Payload::Dict(RefCell::new(Dict::new())),
        )
    }

    pub fn new_set(&self, items: Vec<Value>) -> PyResult<Value> {
        let cell = RefCell::new(SetTable::new());
        for item in items {
            crate::set::add(self, &cell, item)?;
        }
        Ok(Value::Obj(PyObject::new(
            self.types().set.clone(),
            Payload::Set(cell),
        )))
    }

    pub fn new_frozenset(&self, items: Vec<Value>) -> PyResult<Value> {
        let cell = RefCell::new(SetTable::new());
        for item in items {
            crate::set::add(self, &cell, item)?;
        }
        Ok(Value::Obj(PyObject::new(
            self.types().frozenset.clone(),
            Payload::FrozenSet(cell.into_inner()),
        )))
    }

    /// An int from a big integer, inline when it fits.
    pub fn new_bigint(&self, v: BigInt) -> Value {
        match i64::try_from(&v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Obj(PyObject::new(self.types().int.clone(), Payload::Int(v))),
        }
    }

    /// `d[key] = value` on a dict object.
    pub fn dict_set(&self, d: &PyRef, key: Value, value: Value) -> PyResult<()> {
        match d.as_dict() {
            Some(cell) => crate::dict::set(self, cell, key, value),
            None => Err(self.type_error("expected a dict")),
        }
    }

    /// `d[name] = value` for a str key.
    pub fn dict_set_str(&self, d: &PyRef, name: &str, value: Value) {
        let key = self.intern(name);
        let hash = self.str_hash(key.as_str().expect("interned str"));
        if let Some(cell) = d.as_dict() {
            cell.borrow_mut().set_fast(hash, Value::Obj(key), value);
        }
    }

    /// `d.get(name)` for a str key, without running Python code where possible.
    pub fn dict_get_str(&self, d: &PyRef, name: &str) -> PyResult<Option<Value>> {
        let Some(cell) = d.as_dict() else {
            return Ok(None);
        };
        let hash = self.str_hash_of(name);
        if let Some(found) = cell.borrow().get_str(name, hash) {
            return Ok(found.cloned());
        }
        crate::dict::get_hashed(self, cell, hash, &self.new_str(name))
    }

    /// `dict_get_str` by a str object (a name from a code object): its hash is cached and
    /// an interned key matches by identity.
    #[inline]
    pub fn dict_get_name(&self, d: &PyRef, name: &PyRef) -> PyResult<Option<Value>> {
        let Some(cell) = d.as_dict() else {
            return Ok(None);
        };
        let Some(s) = name.as_str() else {
            return crate::dict::get(self, cell, &Value::Obj(name.clone()));
        };
        let hash = self.str_hash(s);
        if let Some(found) = cell.borrow().get_name(Some(name), s.as_str(), hash) {
            return Ok(found.cloned());
        }
        crate::dict::get_hashed(self, cell, hash, &Value::Obj(name.clone()))
    }

    /// `d[name] = value` for a str object `name` (an attribute or variable name), using
    /// its cached hash.
    pub fn dict_set_name(&self, d: &PyRef, name: &PyRef, value: Value) -> PyResult<()> {
        let (Some(cell), Some(s)) = (d.as_dict(), name.as_str()) else {
            return self.dict_set(d, Value::Obj(name.clone()), value);
        };
        let hash = self.str_hash(s);
        let r = cell.borrow_mut().set_name(name, s.as_str(), hash, value);
        match r {
            // The old value is dropped after the borrow ends: its finaliser may touch the dict.
            Ok(old) => {
                drop(old);
                Ok(())
            }
            Err(value) => {
                crate::dict::set_hashed(self, cell, hash, Value::Obj(name.clone()), value)
            }
        }
    }

    // ---- exceptions ----

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&self, class: &PyRef, args: Vec<Value>) -> PyRef {
        let data = ExcData {
            args: Some(self.new_tuple(args)),
            ..ExcData::default()
        };
        PyObject::with_dict(
            class.clone(),
            Payload::Exception(RefCell::new(data)),
            self.new_dict(),
        )
    }

    /// An exception of `class` with a message.
    pub fn new_error(&self, class: &PyRef, msg: impl Into<Box<str>>) -> PyErr {
        PyErr(self.new_exception(class, vec![self.new_str(msg)]))
    }

    pub fn type_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.index_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.overflow_error, msg)
    }

    pub fn zero_division(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.zero_division_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error(&self.types().exc.runtime_error, msg)
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.new_error(
            &self.types().exc.name_error,
            format!("name '{name}' is not defined"),
        );
        if let Some(d) = &err.0.dict {
            self.dict_set_str(d, "name", self.new_str(name));
        }
        err
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&self.types().exc.key_error, vec![key]))
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr(self.new_exception(&self.types().exc.stop_iteration, args))
    }

    /// Whether `err` is an instance of `class`.
    pub fn err_matches(&self, err: &PyErr, class: &PyRef) -> bool {
        crate::types::typeobj::is_subtype(err.0.class(), class)
    }

    /// The type name of a value, for messages (`'int' object is not callable`).
    pub fn type_name(&self, v: &Value) -> String {
        crate::types::typeobj::data(self.type_of(v)).name()
    }

    /// `type(v)`.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a PyRef {
        let t = self.types();
        match v {
            Value::None => &t.none_type,
            Value::Bool(_) => &t.bool,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => o.class(),
        }
    }

    /// Enters a Python-level call: `RecursionError` past the limit.
    pub fn enter_call(&self) -> PyResult<()> {
        let depth = self.depth.get() + 1;
        if depth > self.interp.recursion_limit.get() {
            return Err(self.new_error(
                &self.types().exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth.set(depth);
        Ok(())
    }

    pub fn leave_call(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// Runs `f` one level deeper (recursion through `__repr__`, `__eq__` and the like).
    pub fn nested<T>(&self, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let depth = self.depth.get() + 1;
        if depth > self.interp.recursion_limit.get() {
            return Err(self.new_error(
                &self.types().exc.recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth.set(depth);
        let r = f();
        self.depth.set(depth - 1);
        r
    }
}
