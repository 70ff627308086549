//! The state of the built-in iterators (`iter(list)`, `iter(range)`, dict views, `enumerate`,
//! `zip`, `map`, `filter`, `reversed`, sequence iterators over `__getitem__`).
//!
//! `next()` on them is `crate::ops::iter`; they never allocate an exception to finish:
//! exhaustion is `Ok(None)`, as CPython's `tp_iternext` returns NULL without setting one.

use crate::object::Payload;
use crate::value::{PyRef, Value};

/// Which part of a dict entry a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// list, tuple, str (by code point), bytes.
    Seq {
        seq: PyRef,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Dict {
        dict: PyRef,
        pos: usize,
        len: usize,
        part: DictPart,
    },
    Set {
        set: PyRef,
        pos: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise `ValueError`.
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(obj)` for an object with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

/// The built-in iterator types (`list_iterator`, `dict_keyiterator`, ...): one state enum
/// serves them all, but each has its own class, as in CPython.
pub struct IterTypes {
    pub list: PyRef,
    pub list_reverse: PyRef,
    pub tuple: PyRef,
    pub str_ascii: PyRef,
    pub str: PyRef,
    pub bytes: PyRef,
    pub bytearray: PyRef,
    pub range: PyRef,
    pub dict_keys: PyRef,
    pub dict_values: PyRef,
    pub dict_items: PyRef,
    pub set: PyRef,
    pub callable: PyRef,
    /// `iter()` over `__getitem__` (CPython's `iterator`, the sequence iterator).
    pub seq: PyRef,
}

impl IterTypes {
    pub fn new(make: impl Fn(&str) -> PyRef) -> IterTypes {
        IterTypes {
            list: make("list_iterator"),
            list_reverse: make("list_reverseiterator"),
            tuple: make("tuple_iterator"),
            str_ascii: make("str_ascii_iterator"),
            str: make("str_iterator"),
            bytes: make("bytes_iterator"),
            bytearray: make("bytearray_iterator"),
            range: make("range_iterator"),
            dict_keys: make("dict_keyiterator"),
            dict_values: make("dict_valueiterator"),
            dict_items: make("dict_itemiterator"),
            set: make("set_iterator"),
            callable: make("callable_iterator"),
            seq: make("iterator"),
        }
    }

    /// Every type, for registering their shared methods.
    pub fn all(&self) -> [&PyRef; 14] {
        [
            &self.list,
            &self.list_reverse,
            &self.tuple,
            &self.str_ascii,
            &self.str,
            &self.bytes,
            &self.bytearray,
            &self.range,
            &self.dict_keys,
            &self.dict_values,
            &self.dict_items,
            &self.set,
            &self.callable,
            &self.seq,
        ]
    }

    /// The class of an iterator starting in `state`; `None` for the states whose objects
    /// get their class from their constructor (`enumerate`, `zip`, `map`, ...).
    pub fn class_for(&self, state: &IterState) -> Option<&PyRef> {
        Some(match state {
            IterState::Seq { seq, .. } => match &seq.payload {
                Payload::List(_) => &self.list,
                Payload::Tuple(_) => &self.tuple,
                Payload::Str(s) if s.as_str().is_ascii() => &self.str_ascii,
                Payload::Str(_) => &self.str,
                Payload::ByteArray(_) => &self.bytearray,
                _ => &self.bytes,
            },
            IterState::Range { .. } => &self.range,
            IterState::Dict { part, .. } => match part {
                DictPart::Keys => &self.dict_keys,
                DictPart::Values => &self.dict_values,
                DictPart::Items => &self.dict_items,
            },
            IterState::Set { .. } => &self.set,
            IterState::Callable { .. } => &self.callable,
            IterState::GetItem { .. } | IterState::Exhausted => &self.seq,
            _ => return None,
        })
    }
}
