//! Operations on values, as `impl Vm` blocks by family: attributes, calls, numbers,
//! comparison, iteration, containers, conversion to text, imports. This file holds the small
//! shared helpers (the NULL stack marker, truth, exception matching and chaining).

pub mod attr;
pub mod call;
pub mod compare;
pub mod container;
pub mod convert;
pub mod format;
pub mod format_complex;
pub mod import;
pub mod iter;
pub mod number;

use std::rc::Rc;

use crate::object::Payload;
use crate::types::typeobj::{self, is_subtype};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The NULL that `PUSH_NULL` and `LOAD_METHOD` put on the value stack. It never reaches
    /// Python code: `CALL` consumes it.
    pub fn null(&self) -> Value {
        Value::Obj(self.interp.null.clone())
    }

    pub fn is_null(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.interp.null))
    }

    /// A name from the `builtins` module.
    pub fn builtin(&self, name: &str) -> PyResult<Value> {
        let b = self.interp.builtins.borrow().clone();
        if let Some(d) = b.and_then(|m| m.dict.clone()) {
            if let Some(v) = self.dict_get_str(&d, name)? {
                return Ok(v);
            }
        }
        Err(self.name_error(name))
    }

    /// `bool(v)`.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => {
                let cls = o.class();
                if let Some(m) = typeobj::lookup_str(self, cls, "__bool__") {
                    if !matches!(&m, Value::Obj(b) if matches!(b.payload, Payload::Builtin(_))) {
                        let r = self.call_method_value(&m, v, &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            other => Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                match &o.payload {
                    Payload::Str(s) => !s.as_str().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::FrozenSet(s) => !s.is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::Int(i) => i.sign() != num_bigint::Sign::NoSign,
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                    Payload::Range(r) => !r.is_empty(),
                    Payload::BigRange(r) => !num_traits::Zero::is_zero(&r.len()),
                    _ => {
                        if typeobj::lookup_str(self, cls, "__len__").is_some() {
                            return Ok(self.len(v)? != 0);
                        }
                        true
                    }
                }
            }
        })
    }

    /// Whether `v` is an exception instance.
    pub fn is_exception(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)))
    }

    /// `except right:` against the raised `left`: a class or tuple of classes.
    pub fn exception_matches(&self, left: &Value, right: &Value) -> PyResult<bool> {
        let cls = self.type_of(left).clone();
        let check = |c: &Value| -> PyResult<bool> {
            match c {
                Value::Obj(t)
                    if t.as_type().is_some() && is_subtype(t, &self.types().exc.base_exception) =>
                {
                    Ok(is_subtype(&cls, t))
                }
                _ => Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        match right.as_obj().and_then(|o| o.as_tuple()) {
            Some(items) => {
                // Every entry is validated before any is matched, as CPython's
                // `check_except_type_valid` does.
                let mut found = false;
                for c in items {
                    found |= check(c)?;
                }
                Ok(found)
            }
            None => check(right),
        }
    }

    /// The exception being handled (`sys.exception()`): this frame's, or when it handles
    /// none, the nearest one outside the running generators (CPython's
    /// `_PyErr_GetTopmostException`).
    pub fn handled_exception(&self) -> Value {
        let own = self.exc_info.borrow().clone();
        if !own.is_none() {
            return own;
        }
        let outer = self.exc_outer.borrow();
        outer
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .cloned()
            .unwrap_or(Value::None)
    }

    /// Sets `exc.__context__` to the exception being handled, unless that would make a
    /// cycle (CPython cuts the chain where the new exception already appears).
    pub fn set_context(&self, exc: &PyRef) {
        let current = self.handled_exception();
        let Value::Obj(ctx) = current else { return };
        if Rc::ptr_eq(&ctx, exc) {
            return;
        }
        // Walk the context chain of the handled exception; drop a link back to `exc`.
        let mut o = ctx.clone();
        loop {
            let next = match &o.payload {
                Payload::Exception(d) => d.borrow().context.clone(),
                _ => None,
            };
            match next {
                Some(Value::Obj(n)) if Rc::ptr_eq(&n, exc) => {
                    if let Payload::Exception(d) = &o.payload {
                        d.borrow_mut().context = None;
                    }
                    break;
                }
                Some(Value::Obj(n)) => o = n,
                _ => break,
            }
        }
        if let Payload::Exception(d) = &exc.payload {
            d.borrow_mut().context = Some(Value::Obj(ctx));
        }
    }

    /// `exc.__traceback__`.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        match exc.as_obj().map(|o| &o.payload) {
            Some(Payload::Exception(d)) => {
                d.borrow().traceback.clone().map_or(Value::None, Value::Obj)
            }
            _ => Value::None,
        }
    }

    /// How `TypeError` messages name a callable: `f()` for functions, `X.m()` for methods.
    pub fn callable_description(&self, v: &Value) -> String {
        // CPython's `_PyObject_FunctionStr`: `module.qualname()` unless the module is
        // `builtins`.
        let with_module = |module: Option<String>, qual: &str| match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        };
        match v.as_obj().map(|o| &o.payload) {
            Some(Payload::Function(func)) => {
                let q = func.qualname.borrow().clone();
                let module = func.module.borrow().clone();
                let module = module
                    .as_obj()
                    .and_then(|o| o.as_str())
                    .map(|s| s.as_str().to_string());
                with_module(module, q.as_str().map_or("", |s| s.as_str()))
            }
            Some(Payload::Builtin(b)) => match &b.owner {
                Some(t) => format!("{}.{}()", crate::types::typeobj::data(t).name(), b.name),
                None => with_module(b.module.map(str::to_string), b.name),
            },
            Some(Payload::Method { func, .. }) => self.callable_description(func),
            Some(Payload::Type(t)) => {
                let module = v.as_obj().and_then(|o| self.type_module(o));
                with_module(module, &t.name())
            }
            _ => format!("{} object", self.type_name(v)),
        }
    }
}
