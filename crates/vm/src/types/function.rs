//! Python functions (code + globals + defaults + closure) and built-in functions.
//!
//! Calls use one convention everywhere, CPython's vectorcall: a slice of argument values
//! whose last `kwnames.len()` items are keyword arguments named by `kwnames`. A call from
//! the evaluation loop passes a window of the value stack without copying it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// A `def` or `lambda` function object.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: RefCell<PyRef>,
    pub qualname: RefCell<PyRef>,
    /// `__defaults__`, a tuple or `None`.
    pub defaults: RefCell<Option<PyRef>>,
    /// `__kwdefaults__`, a dict or `None`.
    pub kwdefaults: RefCell<Option<PyRef>>,
    /// `__closure__`, a tuple of cells.
    pub closure: Option<PyRef>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub module: RefCell<Value>,
}

/// Positional and keyword arguments of a call, vectorcall style.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional values followed by keyword values.
    pub values: &'a [Value],
    /// Names (str objects) of the trailing keyword values.
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// `(name, value)` of each keyword argument.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let kw = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames.iter().zip(kw).map(|(n, v)| {
            (
                n.as_obj()
                    .and_then(|o| o.as_str())
                    .map_or("", |s| s.as_str()),
                v,
            )
        })
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

/// The Rust function behind a built-in.
pub type NativeFn = fn(&Vm, Args) -> PyResult<Value>;

/// A built-in function or method descriptor.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a bound built-in method was taken from (`[].append`), passed first.
    pub self_: Option<Value>,
    /// For method descriptors: the type that defines it (for `TypeError` messages and for
    /// telling a descriptor, which binds, from a plain function, which does not).
    pub owner: Option<PyRef>,
    /// The module a built-in function belongs to (`builtins`, `math`, ...).
    pub module: Option<&'static str>,
}
