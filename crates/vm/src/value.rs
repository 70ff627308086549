//! The runtime value: what sits in a frame's locals and on its value stack.
//!
//! A [`Value`] is 16 bytes. `None`, `bool`, integers that fit in an `i64` and floats are held
//! inline, so arithmetic on them never allocates; everything else is a [`PyRef`], a
//! reference-counted pointer to a heap [`PyObject`]. Python's own semantics do not depend on
//! the difference: `type(1)` is `int` whether the int is inline or boxed (big), and the
//! runtime normalises boxed ints that fit back to inline ones.
//!
//! Ownership across threads: `PyRef` is an `Rc` (a non-atomic count), exactly the trade
//! CPython makes — the GIL serialises every touch of every object, so counts need no atomics
//! and objects need no locks. The GIL module is the only place that lets values cross
//! threads (see ARCHITECTURE.md).

use std::rc::Rc;

use crate::object::PyObject;

/// A counted reference to a heap object.
pub type PyRef = Rc<PyObject>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    /// An `int` that fits in 64 bits; larger ones are boxed `Payload::Int`.
    Int(i64),
    Float(f64),
    Obj(PyRef),
}

impl Value {
    /// The heap object, if this value is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Inline ints and floats have no identity of their own; equal values are the
            // same object (CPython caches small ints; pyvm extends that to all inline ones).
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// `id(value)`: the address of a heap object; inline values get a stable synthetic id
    /// derived from their bits (kept odd so it never collides with an aligned address).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1001,
            Value::Bool(b) => 0x2001 + 2 * (*b as i64),
            Value::Int(i) => (i.wrapping_mul(2)) | 1,
            Value::Float(f) => (f.to_bits() as i64) | 1,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<PyRef> for Value {
    fn from(o: PyRef) -> Value {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn identity_of_inline_values() {
        assert!(Value::Int(5).is(&Value::Int(5)));
        assert!(!Value::Int(5).is(&Value::Bool(true)));
        assert!(Value::None.is(&Value::None));
        assert_ne!(Value::Int(1).id(), Value::Bool(true).id());
    }
}
