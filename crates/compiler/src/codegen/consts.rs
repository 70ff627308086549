//! Constants as the compiler handles them: values with CPython's constant-key equality
//! (`_PyCode_ConstantKey`: `1`, `1.0` and `True` are distinct, so are `0.0` and `-0.0`), the
//! per-code-object pool that numbers them (`u_consts`), and conversion to marshal objects.

use rustc_hash::FxHashMap as HashMap;

use bytecode::object::{Obj, PyInt, PyStr, Value};
use num_bigint::BigInt;
use num_traits::Zero;

/// A constant value. Floats are held as bits so equality is CPython's key equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(CodeRef),
}

/// A compiled code object among the constants. Like CPython's `code_richcompare`, two code
/// objects are equal when their names, argument counts, flags, first line, byte code,
/// constants, names, local names, location and exception tables are; the same node compiled
/// twice (a `while` test is compiled at the loop's top and bottom) gives one constant.
#[derive(Clone)]
pub struct CodeRef {
    pub obj: Obj,
    /// A hash of those fields except `co_consts` (which holds the nested code objects:
    /// serialising it at every level made nesting quadratic). Equal code objects have equal
    /// hashes; `co_consts` is compared only when the hashes agree.
    hash: u64,
}

impl CodeRef {
    pub fn new(obj: Obj) -> CodeRef {
        let hash = match obj.value() {
            Value::Code(code) => code_hash(code),
            _ => 0,
        };
        CodeRef { obj, hash }
    }
}

/// A hash of the compared fields but `co_consts`, read straight from the objects (equal
/// serialisations mean equal values, so equal code objects hash alike).
fn code_hash(code: &bytecode::code::CodeObject) -> u64 {
    use std::hash::{Hash, Hasher};
    fn field(obj: &Obj, h: &mut rustc_hash::FxHasher) {
        match obj.value() {
            Value::Bytes(b) => b.hash(h),
            Value::Str(s) => s.generalized_utf8().hash(h),
            Value::Tuple(items) => {
                items.len().hash(h);
                for item in items.iter() {
                    field(item, h);
                }
            }
            _ => {}
        }
    }
    let mut h = rustc_hash::FxHasher::default();
    (
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_flags,
        code.co_firstlineno,
    )
        .hash(&mut h);
    for obj in [
        &code.co_name,
        &code.co_code,
        &code.co_names,
        &code.co_localsplusnames,
        &code.co_linetable,
        &code.co_exceptiontable,
    ] {
        field(obj, &mut h);
    }
    h.finish()
}

/// The compared fields serialised, `co_consts` included.
fn code_key(code: &bytecode::code::CodeObject) -> Vec<u8> {
    let mut key = Vec::new();
    for n in [
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
        code.co_flags,
        code.co_firstlineno,
    ] {
        key.extend_from_slice(&n.to_le_bytes());
    }
    let fields = [
        &code.co_name,
        &code.co_code,
        &code.co_names,
        &code.co_localsplusnames,
        &code.co_linetable,
        &code.co_exceptiontable,
        &code.co_consts,
    ];
    for field in fields {
        let bytes = bytecode::marshal::dumps(field);
        key.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        key.extend_from_slice(&bytes);
    }
    key
}

impl PartialEq for CodeRef {
    fn eq(&self, other: &Self) -> bool {
        if Obj::ptr_eq(&self.obj, &other.obj) {
            return true;
        }
        if self.hash != other.hash {
            return false;
        }
        match (self.obj.value(), other.obj.value()) {
            (Value::Code(a), Value::Code(b)) => code_key(a) == code_key(b),
            _ => false,
        }
    }
}
impl Eq for CodeRef {}
impl std::hash::Hash for CodeRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.hash.hash(state)
    }
}
impl std::fmt::Debug for CodeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code>")
    }
}

impl Const {
    pub fn float(v: f64) -> Const {
        Const::Float(v.to_bits())
    }

    pub fn int(v: i64) -> Const {
        Const::Int(BigInt::from(v))
    }

    pub fn str(s: &str) -> Const {
        Const::Str(s.to_string())
    }

    /// `PyObject_IsTrue`.
    pub fn is_true(&self) -> bool {
        match self {
            Const::None => false,
            Const::Ellipsis | Const::Code(_) => true,
            Const::Bool(b) => *b,
            Const::Int(i) => !i.is_zero(),
            Const::Float(bits) => f64::from_bits(*bits) != 0.0,
            Const::Complex(re, im) => f64::from_bits(*re) != 0.0 || f64::from_bits(*im) != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        }
    }

    /// A NaN float or complex part, possibly inside a tuple or frozenset.
    pub fn contains_nan(&self) -> bool {
        match self {
            Const::Float(bits) => f64::from_bits(*bits).is_nan(),
            Const::Complex(re, im) => f64::from_bits(*re).is_nan() || f64::from_bits(*im).is_nan(),
            Const::Tuple(items) | Const::FrozenSet(items) => items.iter().any(Const::contains_nan),
            _ => false,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Const::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The marshal object for this constant.
    pub fn to_obj(&self) -> Obj {
        let value = match self {
            Const::None => Value::None,
            Const::Ellipsis => Value::Ellipsis,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(PyInt::from_big(i.clone())),
            Const::Float(bits) => Value::Float(f64::from_bits(*bits)),
            Const::Complex(re, im) => Value::Complex {
                real: f64::from_bits(*re),
                imag: f64::from_bits(*im),
            },
            Const::Str(s) => Value::Str(PyStr::new(s, all_name_chars(s))),
            Const::Bytes(b) => Value::Bytes(b.clone().into_boxed_slice()),
            Const::Tuple(items) => Value::Tuple(items.iter().map(Const::to_obj).collect()),
            Const::FrozenSet(items) => Value::FrozenSet(items.iter().map(Const::to_obj).collect()),
            Const::Code(code) => return code.obj.clone(),
        };
        Obj::new(value)
    }
}

/// CPython interns string constants made only of ASCII letters, digits and `_`.
pub fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A numbered set of constants in insertion order (`u_consts`).
#[derive(Default, Debug)]
pub struct ConstPool {
    items: Vec<Const>,
    index: HashMap<Const, u32>,
}

impl ConstPool {
    /// The index of `c`, adding it if new (`compiler_add_const`).
    pub fn add(&mut self, c: Const) -> u32 {
        let i = self.items.len() as u32;
        if c.contains_nan() {
            // A NaN equals nothing, not even another NaN: each folded NaN is a new constant.
            self.items.push(c);
            return i;
        }
        if let Some(&i) = self.index.get(&c) {
            return i;
        }
        self.index.insert(c.clone(), i);
        self.items.push(c);
        i
    }

    pub fn get(&self, i: u32) -> Option<&Const> {
        self.items.get(i as usize)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Drops constants from `len` on (`trim_unused_consts`).
    pub fn truncate(&mut self, len: usize) {
        for c in self.items.drain(len.min(self.items.len())..) {
            self.index.remove(&c);
        }
    }

    pub fn items(&self) -> &[Const] {
        &self.items
    }
}

/// A numbered set of names in insertion order (`u_names`, `u_varnames`).
#[derive(Default, Debug, Clone)]
pub struct NamePool {
    items: Vec<String>,
    index: HashMap<String, u32>,
}

impl NamePool {
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.items.len() as u32;
        self.index.insert(name.to_string(), i);
        self.items.push(name.to_string());
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[String] {
        &self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_equality_follows_cpython() {
        let mut pool = ConstPool::default();
        let one = pool.add(Const::int(1));
        assert_ne!(one, pool.add(Const::Bool(true)));
        assert_ne!(one, pool.add(Const::float(1.0)));
        assert_ne!(pool.add(Const::float(0.0)), pool.add(Const::float(-0.0)));
        assert_eq!(one, pool.add(Const::int(1)));
        pool.truncate(1);
        assert_eq!(pool.len(), 1);
        assert_eq!(pool.add(Const::Bool(true)), 1);
    }
}
