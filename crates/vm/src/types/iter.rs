//! The state of the built-in iterators (`iter(list)`, `iter(range)`, dict views, `enumerate`,
//! `zip`, `map`, `filter`, `reversed`, sequence iterators over `__getitem__`).
//!
//! `next()` on them is `crate::ops::iter`; they never allocate an exception to finish:
//! exhaustion is `Ok(None)`, as CPython's `tp_iternext` returns NULL without setting one.

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

impl IterState {
    /// The Python type name CPython gives this iterator.
    pub fn type_name(&self, seq_kind: &str) -> &'static str {
        match self {
            IterState::Seq { .. } => match seq_kind {
                "list" => "list_iterator",
                "tuple" => "tuple_iterator",
                "str" => "str_ascii_iterator",
                _ => "bytes_iterator",
            },
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { part, .. } => match part {
                DictPart::Keys => "dict_keyiterator",
                DictPart::Values => "dict_valueiterator",
                DictPart::Items => "dict_itemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Reversed { .. } => "reversed",
            IterState::GetItem { .. } => "iterator",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Exhausted => "iterator",
        }
    }
}
