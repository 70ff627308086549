//! Heap objects: a class pointer, an optional instance `__dict__`, and a [`Payload`] saying
//! what kind of built-in object it is (the Rust form of CPython's "solid base" layout).
//!
//! Every built-in kind is a variant of one enum, so downcasting is a `match` and needs no
//! `unsafe`. An instance of a user class that derives from `list` is a `Payload::List` whose
//! class is the user class; a plain instance is `Payload::Object`. Mutable payloads use
//! `RefCell`; borrows are never held across a call back into Python code, so they cannot
//! conflict (a conflict would be an interpreter bug, reported as a `RuntimeError`).

use std::cell::{Cell, OnceCell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::Code;
use crate::dict::Dict;
use crate::set::SetTable;
use crate::types::function::{Builtin, Function};
use crate::types::generator::GenState;
use crate::types::iter::IterState;
use crate::types::typeobj::TypeData;
use crate::value::{PyRef, Value};

/// The classes an object has been given by `__class__` assignment, and which one is current.
///
/// `PyObject::class` hands out `&PyRef` borrowed from `&self`, and callers hold such borrows
/// across calls into Python code that may assign `__class__` again. So a class once stored is
/// never moved or dropped before the object itself: each lives in its own heap box that only
/// `Drop` frees, and assignment just repoints `current` (to an existing box when the class was
/// assigned before, so alternating assignments do not grow the list).
pub struct ReassignedClass {
    /// Points into one of `held`'s boxes.
    current: Cell<*const PyRef>,
    held: RefCell<Vec<NonNull<PyRef>>>,
}

impl ReassignedClass {
    fn new(class: PyRef) -> Self {
        let first = NonNull::from(Box::leak(Box::new(class)));
        ReassignedClass {
            current: Cell::new(first.as_ptr()),
            held: RefCell::new(vec![first]),
        }
    }

    fn current(&self) -> &PyRef {
        // SAFETY: `current` always points to a box in `held` (from `new` or `set`); boxes in `held` are freed only in `Drop`,
        // which needs `&mut self`, so the box outlives the returned `&self`-bounded borrow.
        unsafe { &*self.current.get() }
    }

    fn set(&self, class: PyRef) {
        let mut held = self.held.borrow_mut();
        // SAFETY: every pointer in `held` came from `Box::into_raw` and is still live.
        let found = held
            .iter()
            .find(|p| Rc::ptr_eq(unsafe { p.as_ref() }, &class))
            .copied();
        let slot = found.unwrap_or_else(|| {
            let p = NonNull::from(Box::leak(Box::new(class)));
            held.push(p);
            p
        });
        self.current.set(slot.as_ptr());
    }
}

impl Drop for ReassignedClass {
    fn drop(&mut self) {
        for p in self.held.get_mut().drain(..) {
            // SAFETY: each pointer came from `Box::leak` in `set` and is freed exactly once here.
            drop(unsafe { Box::from_raw(p.as_ptr()) });
        }
    }
}

/// A heap object.
pub struct PyObject {
    /// The class the object was created with.
    pub(crate) class: OnceCell<PyRef>,
    /// Set on the first `obj.__class__ = C`: from then on the current class lives here.
    pub(crate) reassigned: OnceCell<Box<ReassignedClass>>,
    /// The instance `__dict__` (a dict object) of instances, modules, types and functions.
    pub dict: Option<PyRef>,
    pub payload: Payload,
    /// Set once the object's finalizer (`__del__`, or a generator's close) has run or been
    /// scheduled, so it runs at most once (PEP 442), see `crate::gc::finalize`.
    pub(crate) finalized: Cell<bool>,
    /// Where the cycle collector registered the object (generation and index), so a dying
    /// object can unregister itself at once (`crate::gc::untrack`).
    pub(crate) gc_slot: Cell<u64>,
}

/// What kind of built-in object a heap object is, with its data.
pub enum Payload {
    /// An instance of `object` or of a class with no built-in base but `object`.
    Object,
    /// An `int` beyond `i64`, or the value of an `int` subclass instance.
    Int(BigInt),
    /// The value of a `float` subclass instance.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range(Box<Range>),
    /// A `range` whose bounds or length do not fit in `i64`.
    BigRange(Box<crate::builtins::range::BigRange>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    /// A bound method: `func` called with `self_` first.
    Method {
        func: Value,
        self_: Value,
    },
    Builtin(Box<Builtin>),
    Type(Box<TypeData>),
    Module,
    Code(Rc<Code>),
    Cell(RefCell<Option<Value>>),
    Exception(RefCell<ExcData>),
    Traceback(Box<Traceback>),
    Generator(RefCell<GenState>),
    /// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`.
    Awaitable(RefCell<crate::types::coroutine::AwaitState>),
    /// A value an async generator yields (marked by `ASYNC_GEN_WRAP`).
    AsyncGenWrapped(Value),
    Iter(RefCell<IterState>),
    /// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
    DictView {
        dict: PyRef,
        part: crate::types::iter::DictPart,
    },
    /// `list[int]` and the like.
    GenericAlias {
        origin: PyRef,
        args: Value,
    },
    Property(Box<PropertyData>),
    ClassMethod(Value),
    StaticMethod(Value),
    Super {
        class: PyRef,
        obj: Value,
    },
    NotImplemented,
    Ellipsis,
    /// An instance of a class with `__slots__`: the slot values (unset ones `None`).
    Slots(RefCell<Box<[Option<Value>]>>),
    /// A slot's `member_descriptor`.
    Member(Box<crate::builtins::slots::Member>),
    /// `int | str` (`types.UnionType`): its members, `None` stored as `NoneType`.
    Union(Box<[Value]>),
    /// `_thread.lock` and `_thread.RLock`.
    Lock(Box<crate::modules::thread_lock::LockState>),
    /// `weakref.ref` and `weakref.proxy` objects.
    WeakRef(Box<crate::modules::weakref::WeakData>),
    /// The Rust state of a native-module object (`_random.Random`'s generator, ...);
    /// its module downcasts it.
    Native(Box<RefCell<dyn std::any::Any>>),
}

/// A `property`: `fget`, `fset`, `fdel` and `__doc__` (indexable as `p[0..4]`), and the
/// attribute name `__set_name__` gave it, for error messages.
pub struct PropertyData {
    pub parts: [Value; 4],
    pub name: RefCell<Option<Value>>,
    /// `__doc__` once assigned (`Point.x.__doc__ = ...`, as `namedtuple` users do).
    pub doc: RefCell<Option<Value>>,
}

impl PropertyData {
    pub fn new(parts: [Value; 4], name: Option<Value>) -> PropertyData {
        PropertyData {
            parts,
            name: RefCell::new(name),
            doc: RefCell::new(None),
        }
    }
}

impl std::ops::Deref for PropertyData {
    type Target = [Value; 4];
    fn deref(&self) -> &[Value; 4] {
        &self.parts
    }
}

/// `range(start, stop, step)`, bounds as Python ints that fit in `i64`.
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as i64
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The state of a `BaseException` instance.
#[derive(Default)]
pub struct ExcData {
    /// `args`, a tuple.
    pub args: Option<Value>,
    pub traceback: Option<PyRef>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// `(message, exceptions)` of an exception group (`exceptions` is a tuple).
    pub group: Option<Box<(Value, Value)>>,
}

/// One traceback entry: where a frame was when the exception passed through it.
pub struct Traceback {
    pub next: Option<PyRef>,
    pub code: Rc<Code>,
    /// Index of the instruction (code unit) that raised.
    pub lasti: usize,
    pub globals: PyRef,
    /// The fast locals of the frame, kept when the exception left it: in CPython a
    /// traceback holds its frame, so a frame's locals live as long as the exception does
    /// (and their `__del__` runs when the handler drops it).
    pub locals: RefCell<Vec<Option<Value>>>,
}

/// A Python `str`: UTF-8 text with its length in code points and a cached hash.
pub struct PyStr {
    pub text: Box<str>,
    chars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(-1),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The cached hash, computing it with `compute` the first time.
    pub fn hash_with(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = compute(&self.text);
        self.hash.set(h);
        h
    }
}

impl PyObject {
    /// A new heap object of class `class`.
    pub fn new(class: PyRef, payload: Payload) -> PyRef {
        let o = Rc::new(PyObject {
            class: OnceCell::from(class),
            reassigned: OnceCell::new(),
            dict: None,
            payload,
            finalized: Cell::new(false),
            gc_slot: Cell::new(crate::gc::UNTRACKED),
        });
        crate::gc::track(&o);
        o
    }

    /// A new heap object with an instance dict.
    pub fn with_dict(class: PyRef, payload: Payload, dict: PyRef) -> PyRef {
        let o = Rc::new(PyObject {
            class: OnceCell::from(class),
            reassigned: OnceCell::new(),
            dict: Some(dict),
            payload,
            finalized: Cell::new(false),
            gc_slot: Cell::new(crate::gc::UNTRACKED),
        });
        crate::gc::track(&o);
        o
    }

    /// An object whose class is set later: only for bootstrapping `type` and `object`.
    pub(crate) fn new_unclassed(payload: Payload, dict: Option<PyRef>) -> PyRef {
        Rc::new(PyObject {
            class: OnceCell::new(),
            reassigned: OnceCell::new(),
            dict,
            payload,
            finalized: Cell::new(false),
            gc_slot: Cell::new(crate::gc::UNTRACKED),
        })
    }

    pub(crate) fn set_class_once(&self, class: PyRef) {
        let _ = self.class.set(class);
    }

    /// `type(self)`.
    #[inline]
    pub fn class(&self) -> &PyRef {
        // Only bootstrapping creates unclassed objects and it classes them at once.
        self.class_if_set().expect("object without a class")
    }

    /// `type(self)`, or `None` for an object still being bootstrapped.
    #[inline]
    pub(crate) fn class_if_set(&self) -> Option<&PyRef> {
        match self.reassigned.get() {
            Some(r) => Some(r.current()),
            None => self.class.get(),
        }
    }

    /// `obj.__class__ = class` (the caller has checked the layouts are compatible).
    pub(crate) fn replace_class(&self, class: PyRef) {
        match self.reassigned.get() {
            Some(r) => r.set(class),
            None => {
                let _ = self.reassigned.set(Box::new(ReassignedClass::new(class)));
            }
        }
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_dict(&self) -> Option<&RefCell<Dict>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }
}
