//! Conversions to text and hashing: `repr()`, `str()`, `ascii()` and `hash()` of every
//! built-in object as CPython 3.11 writes them, calling `__repr__`/`__str__`/`__hash__` of
//! user classes, with CPython's guard against self-containing containers (`[[...]]`).

use std::fmt::Write;

use bytecode::hash::{hash_bytes, hash_float, hash_int, tuple_hash};
use bytecode::object::PyInt;

use crate::object::Payload;
use crate::ops::number::user_method;
use crate::types::typeobj::data;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `repr(v)`.
    pub fn repr(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => {
                let mut s = String::new();
                bytecode::repr::push_float(&mut s, *f);
                return Ok(s);
            }
            Value::Obj(_) => {}
        }
        let cls = self.type_of(v).clone();
        if let Some(m) = user_method(self, &cls, "__repr__") {
            let r = self.nested(" while getting the repr of an object", || {
                self.call_method_value(&m, v, &[])
            })?;
            return match r.as_obj().and_then(|o| o.as_str()) {
                Some(s) => Ok(s.as_str().to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        self.nested(" while getting the repr of an object", || {
            self.native_repr(v)
        })
    }

    /// The built-in types' `__repr__`.
    pub fn native_repr(&self, v: &Value) -> PyResult<String> {
        let Value::Obj(o) = v else {
            return self.repr(v);
        };
        let mut out = String::new();
        match &o.payload {
            Payload::Int(b) => {
                let s = b.to_string();
                if s.trim_start_matches('-').len() > 4300 {
                    return Err(self.value_error(
                        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    ));
                }
                out = s;
            }
            Payload::Float(f) => bytecode::repr::push_float(&mut out, *f),
            Payload::Complex(r, i) => bytecode::repr::push_complex(&mut out, *r, *i),
            Payload::Str(s) => push_str_repr(&mut out, s.as_str()),
            Payload::Bytes(b) => bytecode::repr::push_bytes_repr(&mut out, b),
            Payload::ByteArray(b) => {
                out.push_str("bytearray(");
                bytecode::repr::push_bytes_repr(&mut out, &b.borrow());
                out.push(')');
            }
            Payload::Tuple(t) => {
                if t.is_empty() {
                    return Ok("()".into());
                }
                return self.repr_guarded(o, "(...)", || {
                    let mut out = String::from("(");
                    for (i, item) in t.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(item)?);
                    }
                    if t.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                    Ok(out)
                });
            }
            Payload::List(l) => {
                return self.repr_guarded(o, "[...]", || {
                    let mut out = String::from("[");
                    let mut i = 0;
                    loop {
                        let item = match l.borrow().get(i) {
                            Some(v) => v.clone(),
                            None => break,
                        };
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(&item)?);
                        i += 1;
                    }
                    out.push(']');
                    Ok(out)
                });
            }
            Payload::Dict(d) => {
                return self.repr_guarded(o, "{...}", || {
                    let entries: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut out = String::from("{");
                    for (i, (k, v)) in entries.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(v)?);
                    }
                    out.push('}');
                    Ok(out)
                });
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                let name = data(o.class()).name();
                let items: Vec<Value> = match &o.payload {
                    Payload::Set(s) => s.borrow().iter().cloned().collect(),
                    Payload::FrozenSet(s) => s.iter().cloned().collect(),
                    _ => Vec::new(),
                };
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                return self.repr_guarded(o, &format!("{name}(...)"), || {
                    let mut out = String::new();
                    let plain_set = name == "set";
                    if !plain_set {
                        out.push_str(&name);
                        out.push('(');
                    }
                    out.push('{');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(item)?);
                    }
                    out.push('}');
                    if !plain_set {
                        out.push(')');
                    }
                    Ok(out)
                });
            }
            Payload::Range(_) | Payload::BigRange(_) => {
                if let Some(r) = crate::builtins::range::bounds(&o.payload) {
                    out = crate::builtins::range::repr(&r);
                }
            }
            Payload::Slice(s) => {
                out = format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                );
            }
            Payload::Type(t) => {
                let module = self.type_module(o);
                let q = t.qualname.borrow().clone();
                out = match module.as_deref() {
                    Some("builtins") | None => format!("<class '{q}'>"),
                    Some(m) => format!("<class '{m}.{q}'>"),
                };
            }
            Payload::Function(f) => {
                let q = f
                    .qualname
                    .borrow()
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                out = format!("<function {q} at {}>", addr(o));
            }
            Payload::Builtin(b) => match &b.self_ {
                Some(s) if !matches!(s.as_obj().map(|x| &x.payload), Some(Payload::Module)) => {
                    out = format!(
                        "<built-in method {} of {} object at {}>",
                        b.name,
                        self.type_name(s),
                        match s {
                            Value::Obj(so) => addr(so),
                            other => format!("{:#x}", other.id()),
                        }
                    );
                }
                _ => out = format!("<built-in function {}>", b.name),
            },
            Payload::Method { func, self_ } => {
                let q = match func.as_obj().map(|f| &f.payload) {
                    Some(Payload::Function(f)) => f
                        .qualname
                        .borrow()
                        .as_str()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                    _ => "?".into(),
                };
                out = format!("<bound method {q} of {}>", self.repr(self_)?);
            }
            Payload::Module => {
                let name = self.module_name(o);
                let file = o
                    .dict
                    .as_ref()
                    .and_then(|d| self.dict_get_str(d, "__file__").ok().flatten())
                    .and_then(|f| {
                        f.as_obj()
                            .and_then(|s| s.as_str())
                            .map(|s| s.as_str().to_string())
                    });
                out = match file {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None if crate::modules::is_native_name(&name) => {
                        format!("<module '{name}' (built-in)>")
                    }
                    None => format!("<module '{name}'>"),
                };
            }
            Payload::Code(c) => {
                out = format!(
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.name.as_str().map_or("", |s| s.as_str()),
                    addr(o),
                    c.filename.as_str().map_or("", |s| s.as_str()),
                    c.firstlineno
                );
            }
            Payload::Cell(c) => {
                out = match &*c.borrow() {
                    None => format!("<cell at {}: empty>", addr(o)),
                    Some(v) => format!(
                        "<cell at {}: {} object at {}>",
                        addr(o),
                        self.type_name(v),
                        match v {
                            Value::Obj(x) => addr(x),
                            other => format!("{:#x}", other.id()),
                        }
                    ),
                };
            }
            Payload::Exception(d) => {
                let name = data(o.class()).name();
                let args = d.borrow().args.clone();
                let items = args
                    .as_ref()
                    .and_then(|a| a.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec()))
                    .unwrap_or_default();
                out = if items.len() == 1 {
                    format!("{name}({})", self.repr(&items[0])?)
                } else {
                    let t = self.new_tuple(items);
                    format!("{name}{}", self.repr(&t)?)
                };
            }
            Payload::Generator(g) => {
                let q = g
                    .borrow()
                    .qualname
                    .as_str()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let kind = data(o.class()).name();
                out = format!("<{kind} object {q} at {}>", addr(o));
            }
            Payload::Member(m) => out = crate::builtins::slots::repr(m),
            Payload::GenericAlias { .. } | Payload::Union(_) => {
                out = crate::builtins::generic_alias::repr(self, o)?.unwrap_or_default();
            }
            Payload::NotImplemented => out.push_str("NotImplemented"),
            Payload::Ellipsis => out.push_str("Ellipsis"),
            Payload::Lock(l) => out = crate::modules::thread_lock::repr(o, l),
            Payload::DictView { dict, part } => {
                let name = data(o.class()).name();
                let items = crate::builtins::dicts::view_items(self, dict, *part);
                let l = self.new_list(items);
                return self.repr_guarded(o, "...", || Ok(format!("{name}({})", self.repr(&l)?)));
            }
            _ => {
                let module = self.type_module(o.class());
                let q = data(o.class()).qualname.borrow().clone();
                out = match module.as_deref() {
                    Some("builtins") | None => format!("<{q} object at {}>", addr(o)),
                    Some(m) => format!("<{m}.{q} object at {}>", addr(o)),
                };
            }
        }
        Ok(out)
    }

    /// Runs `f` unless `o` is already being repr'd further up (then `placeholder`).
    fn repr_guarded(
        &self,
        o: &PyRef,
        placeholder: &str,
        f: impl FnOnce() -> PyResult<String>,
    ) -> PyResult<String> {
        let id = std::rc::Rc::as_ptr(o) as usize;
        if self.repr_stack.borrow().contains(&id) {
            return Ok(placeholder.to_string());
        }
        self.repr_stack.borrow_mut().push(id);
        let r = f();
        self.repr_stack.borrow_mut().retain(|x| *x != id);
        r
    }

    /// `type.__module__` of a class.
    pub fn type_module(&self, t: &PyRef) -> Option<String> {
        if !data(t).heap {
            return Some(data(t).module.get().unwrap_or("builtins").to_string());
        }
        let d = t.dict.as_ref()?;
        let m = self.dict_get_str(d, "__module__").ok()??;
        m.as_obj()
            .and_then(|s| s.as_str())
            .map(|s| s.as_str().to_string())
    }

    /// A module's `__name__`.
    pub fn module_name(&self, m: &PyRef) -> String {
        m.dict
            .as_ref()
            .and_then(|d| self.dict_get_str(d, "__name__").ok().flatten())
            .and_then(|n| {
                n.as_obj()
                    .and_then(|s| s.as_str())
                    .map(|s| s.as_str().to_string())
            })
            .unwrap_or_else(|| "?".into())
    }

    /// `str(v)`.
    pub fn str_of(&self, v: &Value) -> PyResult<String> {
        if let Value::Obj(o) = v {
            if let Payload::Str(s) = &o.payload {
                if !data(o.class()).heap {
                    return Ok(s.as_str().to_string());
                }
            }
            let cls = o.class().clone();
            if let Some(m) = user_method(self, &cls, "__str__") {
                let r = self.call_method_value(&m, v, &[])?;
                return match r.as_obj().and_then(|o| o.as_str()) {
                    Some(s) => Ok(s.as_str().to_string()),
                    None => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        self.type_name(&r)
                    ))),
                };
            }
            match &o.payload {
                Payload::Str(s) => return Ok(s.as_str().to_string()),
                Payload::Exception(d) => {
                    let args = d.borrow().args.clone();
                    let items = args
                        .as_ref()
                        .and_then(|a| a.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec()))
                        .unwrap_or_default();
                    return crate::builtins::exceptions::exc_str(self, o, &items);
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(ascii_escape(&r))
    }

    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(hash_int(&PyInt::Small(*i))),
            Value::Bool(b) => return Ok(*b as i64),
            Value::Float(f) => {
                return Ok(hash_float(*f).unwrap_or_else(|| self.pointer_hash_value(v)))
            }
            Value::None => return Ok(NONE_HASH),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else { unreachable!() };
        if let Payload::Str(s) = &o.payload {
            if !data(o.class()).heap {
                return Ok(self.str_hash(s));
            }
        }
        let cls = o.class().clone();
        if data(&cls).heap {
            // `__hash__ = None` (set when a class defines `__eq__` only) makes it unhashable.
            if let Some(h) = crate::types::typeobj::lookup_str(self, &cls, "__hash__") {
                if h.is_none() {
                    return Err(self.unhashable(v));
                }
                if let Some(m) = user_method(self, &cls, "__hash__") {
                    let r = self.call_method_value(&m, v, &[])?;
                    return match crate::ops::number::num_of(&r) {
                        Some(crate::ops::number::Num::Int(i)) => Ok(if i == -1 { -2 } else { i }),
                        Some(crate::ops::number::Num::Big(b)) => {
                            Ok(hash_int(&PyInt::Big(b.clone())))
                        }
                        _ => Err(self.type_error("__hash__ method should return an integer")),
                    };
                }
            }
        }
        Ok(match &o.payload {
            Payload::Int(b) => hash_int(&PyInt::Big(b.clone())),
            Payload::Float(f) => hash_float(*f).unwrap_or_else(|| pointer_hash(o)),
            Payload::Complex(r, i) => {
                bytecode::hash::hash_complex(*r, *i).unwrap_or_else(|| pointer_hash(o))
            }
            Payload::Str(s) => self.str_hash(s),
            Payload::Bytes(b) => hash_bytes(b, &self.interp.hash_secret),
            Payload::Tuple(t) => {
                let mut lanes = Vec::with_capacity(t.len());
                for item in t.iter() {
                    lanes.push(self.hash(item)?);
                }
                tuple_hash(&lanes)
            }
            Payload::FrozenSet(s) => frozenset_hash(s.iter_hashed().map(|(h, _)| h), s.len()),
            Payload::Range(_) | Payload::BigRange(_) => {
                let Some(r) = crate::builtins::range::bounds(&o.payload) else {
                    return Ok(pointer_hash(o));
                };
                return self.hash(&crate::builtins::range::hash_key(self, &r));
            }
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Slice(_) => return Err(self.unhashable(v)),
            Payload::GenericAlias { .. } | Payload::Union(_) => {
                return Ok(crate::builtins::generic_alias::hash(self, o)?.unwrap_or(0));
            }
            Payload::Method { func, self_ } => {
                let a = self.hash(self_)?;
                let b = self.hash(func)?;
                let h = a ^ b;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            _ => pointer_hash(o),
        })
    }

    fn unhashable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    fn pointer_hash_value(&self, v: &Value) -> i64 {
        match v {
            Value::Obj(o) => pointer_hash(o),
            other => other.id(),
        }
    }
}

/// `hash(None)`: address-derived in CPython 3.11 (`_Py_HashPointer(&_Py_NoneStruct)`); a
/// typical x86-64 value with the low bits measured on this CPython build (None's address
/// ends in 0xbe0), which are the bits that decide where None lands in a set.
const NONE_HASH: i64 = 0x055d_0c5a_1abe;

/// `object.__hash__`: the address rotated right by 4 bits, as `_Py_HashPointer`.
pub fn pointer_hash(o: &PyRef) -> i64 {
    let p = std::rc::Rc::as_ptr(o) as usize as u64;
    let h = p.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frozenset.__hash__` from the element hashes.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

/// `0x7f...` form of an object's address, as `%p` prints it.
pub fn addr(o: &PyRef) -> String {
    format!("{:#x}", std::rc::Rc::as_ptr(o) as usize)
}

/// `repr(str)`.
pub fn push_str_repr(out: &mut String, s: &str) {
    bytecode::repr::push_str_repr(out, &bytecode::object::PyStr::new(s, false));
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp <= 0xFF {
            let _ = write!(out, "\\x{cp:02x}");
        } else if cp <= 0xFFFF {
            let _ = write!(out, "\\u{cp:04x}");
        } else {
            let _ = write!(out, "\\U{cp:08x}");
        }
    }
    out
}
