//! Calling the built-in types: `int(...)`, `str(...)`, `list(...)`, ... as their `__new__`
//! (immutable types build the value there) and `__init__` (mutable containers fill
//! themselves there, so subclasses calling `super().__init__` work), and `object.__new__` /
//! `object.__init__` with CPython's excess-argument rules.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::dict::Dict;
use crate::object::{Payload, PyObject, Range};
use crate::ops::number::{num_of, user_method, Num};
use crate::set::SetTable;
use crate::types::function::Args;
use crate::types::iter::IterState;
use crate::types::typeobj::{self, data};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    static_method(vm, &t.object, "__new__", object_new);
    method(vm, &t.object, "__init__", object_init);
    static_method(vm, &t.int, "__new__", int_new);
    static_method(vm, &t.bool, "__new__", bool_new);
    static_method(vm, &t.float, "__new__", float_new);
    static_method(vm, &t.complex, "__new__", complex_new);
    static_method(vm, &t.str, "__new__", str_new);
    static_method(vm, &t.tuple, "__new__", tuple_new);
    static_method(vm, &t.frozenset, "__new__", frozenset_new);
    static_method(vm, &t.list, "__new__", list_new);
    method(vm, &t.list, "__init__", list_init);
    static_method(vm, &t.dict, "__new__", dict_new);
    method(vm, &t.dict, "__init__", dict_init);
    static_method(vm, &t.set, "__new__", set_new);
    method(vm, &t.set, "__init__", set_init);
    static_method(vm, &t.range, "__new__", crate::builtins::range::range_new);
    static_method(vm, &t.slice, "__new__", slice_new);
    static_method(vm, &t.bytes, "__new__", crate::builtins::bytes::bytes_new);
    static_method(
        vm,
        &t.bytearray,
        "__new__",
        crate::builtins::bytes::bytearray_new,
    );
    static_method(vm, &t.enumerate, "__new__", enumerate_new);
    static_method(vm, &t.zip, "__new__", zip_new);
    static_method(vm, &t.map, "__new__", map_new);
    static_method(vm, &t.filter, "__new__", filter_new);
    static_method(vm, &t.reversed, "__new__", reversed_new);
}

/// A new instance of built-in type `cls` (or a subclass: then with an instance dict, which
/// also holds `__slots__` values; `object.__setattr__` enforces the slot names).
pub fn alloc(vm: &Vm, cls: &PyRef, payload: Payload) -> PyRef {
    if data(cls).heap {
        PyObject::with_dict(cls.clone(), payload, vm.new_dict())
    } else {
        PyObject::new(cls.clone(), payload)
    }
}

/// The class argument of a `__new__` call.
pub fn cls_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<PyRef> {
    match args.values.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => Ok(c.clone()),
        Some(other) => Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("{name}.__new__(): not enough arguments"))),
    }
}

fn is_exact(cls: &PyRef, t: &PyRef) -> bool {
    std::rc::Rc::ptr_eq(cls, t)
}

/// Whether `cls.<name>` resolves to the built-in `object` implementation.
fn is_object_slot(vm: &Vm, cls: &PyRef, name: &str) -> bool {
    if data(cls).heap && matches!(name, "__new__" | "__init__") {
        // Answered from the flags cached on the class.
        let bit = if name == "__new__" {
            typeobj::HOOK_OBJECT_NEW
        } else {
            typeobj::HOOK_OBJECT_INIT
        };
        return typeobj::hooks(vm, cls) & bit != 0;
    }
    let found = typeobj::lookup_str(vm, cls, name);
    let base = typeobj::lookup_str(vm, &vm.types().object, name);
    matches!((found, base), (Some(a), Some(b)) if a.is(&b))
}

fn object_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "object")?;
    let excess = args.values.len() > 1;
    if excess {
        if !is_object_slot(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_slot(vm, &cls, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", data(&cls).name())));
        }
    }
    if data(&cls).layout != typeobj::Layout::Object
        && data(&cls).layout != typeobj::Layout::Exception
    {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            data(&cls).name(),
            data(&cls).name()
        )));
    }
    if let Some(abstract_names) = crate::builtins::classes::abstract_methods(vm, &cls)? {
        return Err(vm.type_error(abstract_names));
    }
    if data(&cls).layout == typeobj::Layout::Exception {
        return crate::builtins::exceptions::base_exception_new(vm, args);
    }
    if !data(&cls).heap {
        return Ok(Value::Obj(PyObject::new(cls.clone(), Payload::Object)));
    }
    let payload = crate::builtins::slots::instance_payload(&cls);
    Ok(Value::Obj(
        if crate::builtins::slots::has_instance_dict(&cls) {
            PyObject::with_dict(cls.clone(), payload, vm.new_dict())
        } else {
            PyObject::new(cls.clone(), payload)
        },
    ))
}

fn object_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let cls = vm.type_of(this).clone();
    if args.values.len() > 1 {
        if !is_object_slot(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_slot(vm, &cls, "__new__") {
            return Err(vm.type_error(format!("{}() takes no arguments", data(&cls).name())));
        }
    }
    Ok(Value::None)
}

/// Argument Clinic's count check for constructors taking positional-or-keyword arguments:
/// "int() takes at most 2 arguments (3 given)".
fn at_most(vm: &Vm, args: &Args, name: &str, max: usize) -> PyResult<()> {
    let given = args.pos().len() + args.kwnames.len();
    if given > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} arguments ({given} given)"
        )));
    }
    Ok(())
}

/// `int(x)` / `int(text, base)`.
fn int_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "int")?;
    let rest = rest(&args);
    rest.only_kwargs(vm, "int", &["base"])?;
    at_most(vm, &rest, "int", 2)?;
    let a = rest.count(vm, "int", 0, 2)?;
    let base = a.get(1).or(rest.kwarg("base")).cloned();
    let v = match (a.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let base = vm.index_arg(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match x.as_obj().map(|o| &o.payload) {
                Some(Payload::Str(s)) => s.as_str().to_string(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    String::from_utf8_lossy(&vm.bytes_like(x).unwrap_or_default()).to_string()
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            parse_int(vm, &text, base as u32, x)?
        }
    };
    if is_exact(&cls, &vm.types().int) {
        return Ok(v);
    }
    let big = crate::ops::number::big_of(&v).unwrap_or_default();
    Ok(Value::Obj(alloc(vm, &cls, Payload::Int(big))))
}

/// `int(x)` for one argument.
pub fn to_int(vm: &Vm, x: &Value) -> PyResult<Value> {
    match num_of(x) {
        Some(Num::Int(i)) => return Ok(Value::Int(i)),
        Some(Num::Big(b)) => return Ok(vm.new_bigint(b.clone())),
        Some(Num::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            return Ok(vm.new_bigint(crate::builtins::numbers::float_to_bigint(f.trunc())));
        }
        _ => {}
    }
    match x.as_obj().map(|o| &o.payload) {
        Some(Payload::Str(s)) => return parse_int(vm, s.as_str(), 10, x),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let text = String::from_utf8_lossy(&vm.bytes_like(x).unwrap_or_default()).to_string();
            return parse_int(vm, &text, 10, x);
        }
        _ => {}
    }
    let cls = vm.type_of(x).clone();
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(m) = user_method(vm, &cls, name) {
            let r = vm.call_method_value(&m, x, &[])?;
            return match num_of(&r) {
                Some(Num::Int(_) | Num::Big(_)) => Ok(r),
                _ => Err(vm.type_error(format!(
                    "{name} returned non-int (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub use crate::builtins::num_parse::{parse_float, parse_int};

fn bool_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = rest(&args);
    let a = rest.fixed(vm, "bool", 0, 1)?;
    Ok(Value::Bool(match a.first() {
        Some(v) => vm.truthy(v)?,
        None => false,
    }))
}

fn float_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "float")?;
    let rest = rest(&args);
    let a = rest.fixed(vm, "float", 0, 1)?;
    let f = match a.first() {
        None => 0.0,
        Some(x) => to_float(vm, x)?,
    };
    if is_exact(&cls, &vm.types().float) {
        return Ok(Value::Float(f));
    }
    Ok(Value::Obj(alloc(vm, &cls, Payload::Float(f))))
}

/// `float(x)`.
pub fn to_float(vm: &Vm, x: &Value) -> PyResult<f64> {
    match num_of(x) {
        Some(Num::Float(f)) => return Ok(f),
        Some(Num::Int(i)) => return Ok(i as f64),
        Some(Num::Big(b)) => {
            return crate::ops::number::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        _ => {}
    }
    if let Some(s) = x.as_obj().and_then(|o| o.as_str()) {
        return parse_float(s.as_str()).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                vm.repr(x).unwrap_or_default()
            ))
        });
    }
    if let Some(f) = crate::builtins::numbers::float_dunder(vm, x)? {
        return Ok(f);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn complex_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "complex")?;
    let rest = rest(&args);
    let sig = crate::builtins::argparse::Sig::new("complex", &["real", "imag"], 0);
    let a = sig.bind(vm, &rest)?;
    let (real, imag) = (a[0], a[1]);
    let (re, im) = match (real, imag) {
        (Some(r), _) if r.as_obj().and_then(|o| o.as_str()).is_some() => {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let s = r
                .as_obj()
                .and_then(|o| o.as_str())
                .map_or("", |s| s.as_str());
            crate::builtins::num_parse::parse_complex(s)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
        }
        _ => {
            if imag.is_some_and(|v| v.as_obj().and_then(|o| o.as_str()).is_some()) {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let part = |v: Option<&Value>, first: bool| -> PyResult<(f64, f64)> {
                let Some(v) = v else { return Ok((0.0, 0.0)) };
                match num_of(v) {
                    Some(Num::Complex(r, i)) => return Ok((r, i)),
                    Some(_) => return Ok((to_float(vm, v)?, 0.0)),
                    None => {}
                }
                let vcls = vm.type_of(v).clone();
                if let Some(m) = crate::ops::number::user_method(vm, &vcls, "__complex__") {
                    let r = vm.call_method_value(&m, v, &[])?;
                    return match num_of(&r) {
                        Some(Num::Complex(r, i)) => Ok((r, i)),
                        _ => Err(vm.type_error(format!(
                            "__complex__ returned non-complex (type {})",
                            vm.type_name(&r)
                        ))),
                    };
                }
                match crate::builtins::numbers::float_dunder(vm, v)? {
                    Some(f) => Ok((f, 0.0)),
                    None => Err(vm.type_error(if first {
                        format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            vm.type_name(v)
                        )
                    } else {
                        format!(
                            "complex() second argument must be a number, not '{}'",
                            vm.type_name(v)
                        )
                    })),
                }
            };
            let is_complex = |v: Option<&Value>| {
                v.is_some_and(|v| matches!(num_of(v), Some(Num::Complex(..)) | None))
            };
            let (rr, ri) = part(real, true)?;
            let (ir, ii) = part(imag, false)?;
            // complex(a, b) is a + b*1j, folding in only the imaginary parts that exist (so
            // complex(0, -0.0) keeps its negative zero, as CPython's arithmetic does).
            let re = if is_complex(imag) { rr - ii } else { rr };
            match imag {
                None => (re, ri),
                Some(_) if is_complex(real) => (re, ir + ri),
                Some(_) => (re, ir),
            }
        }
    };
    if is_exact(&cls, &vm.types().complex) {
        return Ok(vm.new_complex(re, im));
    }
    Ok(Value::Obj(alloc(vm, &cls, Payload::Complex(re, im))))
}

fn str_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "str")?;
    let rest = rest(&args);
    rest.only_kwargs(vm, "str", &["object", "encoding", "errors"])?;
    at_most(vm, &rest, "str", 3)?;
    let a = rest.count(vm, "str", 0, 3)?;
    let obj = a.first().or(rest.kwarg("object"));
    let encoding = a.get(1).or(rest.kwarg("encoding"));
    let text = match (obj, encoding) {
        (None, _) => String::new(),
        (Some(o), None) if a.len() < 3 && rest.kwarg("errors").is_none() => vm.str_of(o)?,
        (Some(o), enc) => {
            let Some(b) = vm.bytes_like(o) else {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                )));
            };
            let enc = match enc {
                Some(e) => vm.str_of(e)?,
                None => "utf-8".into(),
            };
            crate::builtins::bytes::decode(vm, &b, &enc, "strict")?
        }
    };
    if is_exact(&cls, &vm.types().str) {
        return Ok(vm.new_str(text));
    }
    Ok(Value::Obj(alloc(
        vm,
        &cls,
        Payload::Str(crate::object::PyStr::new(text)),
    )))
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "tuple")?;
    let rest = rest(&args);
    let a = rest.fixed(vm, "tuple", 0, 1)?;
    let items = match a.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    if is_exact(&cls, &vm.types().tuple) {
        if let Some(v) = a.first() {
            if v.as_obj()
                .is_some_and(|o| is_exact(o.class(), &vm.types().tuple))
            {
                return Ok(v.clone());
            }
        }
        return Ok(vm.new_tuple(items));
    }
    Ok(Value::Obj(alloc(vm, &cls, Payload::Tuple(items.into()))))
}

fn frozenset_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "frozenset")?;
    let rest = rest(&args);
    let a = rest.fixed(vm, "frozenset", 0, 1)?;
    // frozenset(f) of an exact frozenset is `f` itself.
    if let Some(Value::Obj(o)) = a.first() {
        let exact = |c: &PyRef| std::rc::Rc::ptr_eq(c, &vm.types().frozenset);
        if exact(&cls) && exact(o.class()) {
            return Ok(Value::Obj(o.clone()));
        }
    }
    let cell = match a.first() {
        Some(v) => crate::builtins::set_algebra::table_from(vm, v)?,
        None => RefCell::new(SetTable::new()),
    };
    Ok(Value::Obj(alloc(
        vm,
        &cls,
        Payload::FrozenSet(cell.into_inner()),
    )))
}

fn list_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "list")?;
    Ok(Value::Obj(alloc(
        vm,
        &cls,
        Payload::List(RefCell::new(Vec::new())),
    )))
}

fn list_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?.clone();
    let rest = rest(&args);
    let a = rest.fixed(vm, "list", 0, 1)?;
    let items = match a.first() {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    if let Some(Payload::List(l)) = this.as_obj().map(|o| &o.payload) {
        *l.borrow_mut() = items;
    }
    Ok(Value::None)
}

fn dict_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "dict")?;
    Ok(Value::Obj(alloc(
        vm,
        &cls,
        Payload::Dict(RefCell::new(Dict::new())),
    )))
}

fn dict_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?.clone();
    let rest = rest(&args);
    let a = rest.count(vm, "dict", 0, 1)?;
    let Some(d) = this.as_obj().cloned() else {
        return Ok(Value::None);
    };
    if let Some(src) = a.first() {
        crate::builtins::dicts::update_from(vm, &d, src)?;
    }
    for (k, v) in rest.kwargs() {
        vm.dict_set(&d, Value::Obj(vm.intern(k)), v.clone())?;
    }
    Ok(Value::None)
}

fn set_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "set")?;
    Ok(Value::Obj(alloc(
        vm,
        &cls,
        Payload::Set(RefCell::new(SetTable::new())),
    )))
}

fn set_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?.clone();
    let rest = rest(&args);
    let a = rest.fixed(vm, "set", 0, 1)?;
    if let Some(Payload::Set(s)) = this.as_obj().map(|o| &o.payload) {
        s.borrow_mut().clear();
        if let Some(v) = a.first() {
            crate::builtins::set_algebra::update(vm, s, v)?;
        }
    }
    Ok(Value::None)
}

fn slice_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let rest = rest(&args);
    let a = rest.fixed(vm, "slice", 1, 3)?;
    Ok(match a.len() {
        1 => vm.new_slice(Value::None, a[0].clone(), Value::None),
        2 => vm.new_slice(a[0].clone(), a[1].clone(), Value::None),
        _ => vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn iter_of(vm: &Vm, cls: &PyRef, state: IterState) -> Value {
    Value::Obj(alloc(vm, cls, Payload::Iter(RefCell::new(state))))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "enumerate")?;
    let rest = rest(&args);
    rest.only_kwargs(vm, "enumerate", &["iterable", "start"])?;
    let a = rest.count(vm, "enumerate", 0, 2)?;
    let Some(iterable) = a.first().or(rest.kwarg("iterable")) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match a.get(1).or(rest.kwarg("start")) {
        Some(s) => vm.index_arg(s)?,
        None => 0,
    };
    let inner = vm.iter(iterable)?;
    Ok(iter_of(
        vm,
        &cls,
        IterState::Enumerate {
            inner,
            count: start,
        },
    ))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "zip")?;
    let rest = rest(&args);
    rest.only_kwargs(vm, "zip", &["strict"])?;
    let mut iters = Vec::new();
    for (i, v) in rest.pos().iter().enumerate() {
        match vm.iter(v) {
            Ok(it) => iters.push(it),
            Err(e) if vm.err_matches(&e, &vm.types().exc.type_error) && !vm.is_iterable(v) => {
                return Err(vm.type_error(format!("zip argument #{} must support iteration", i + 1)))
            }
            Err(e) => return Err(e),
        }
    }
    let strict = match rest.kwarg("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(iter_of(vm, &cls, IterState::Zip { iters, strict }))
}

fn map_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "map")?;
    let rest = rest(&args);
    let a = rest
        .fixed(vm, "map", 2, usize::MAX)
        .map_err(|_| vm.type_error("map() must have at least two arguments."))?;
    let mut iters = Vec::new();
    for v in &a[1..] {
        iters.push(vm.iter(v)?);
    }
    Ok(iter_of(
        vm,
        &cls,
        IterState::Map {
            func: a[0].clone(),
            iters,
        },
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "filter")?;
    let rest = rest(&args);
    let a = rest.fixed(vm, "filter", 2, 2)?;
    let inner = vm.iter(&a[1])?;
    Ok(iter_of(
        vm,
        &cls,
        IterState::Filter {
            func: a[0].clone(),
            inner,
        },
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args, "reversed")?;
    let rest = rest(&args);
    let a = rest.fixed(vm, "reversed", 1, 1)?;
    let seq = &a[0];
    let ocls = vm.type_of(seq).clone();
    if let Some(m) = user_method(vm, &ocls, "__reversed__") {
        return vm.call_method_value(&m, seq, &[]);
    }
    // A built-in type's own `__reversed__` (range, dict views).
    if let Some(m) = typeobj::lookup_str(vm, &ocls, "__reversed__") {
        if !m.is_none() && !data(&ocls).heap {
            return vm.call_method_value(&m, seq, &[]);
        }
    }
    if let Some(Payload::Dict(_)) = seq.as_obj().map(|o| &o.payload) {
        let keys = crate::builtins::dicts::keys_of(seq);
        let l = vm.new_list(keys);
        let n = vm.len(&l)?;
        return Ok(iter_of(vm, &cls, IterState::Reversed { seq: l, index: n }));
    }
    let has_getitem = matches!(
        seq.as_obj().map(|o| &o.payload),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    ) || user_method(vm, &ocls, "__getitem__").is_some();
    if !has_getitem {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
    }
    let n = vm.len(seq)?;
    // `reversed(list)` is CPython's `list_reverseiterator`.
    let is_list = matches!(seq.as_obj().map(|o| &o.payload), Some(Payload::List(_)));
    let cls = if is_list && std::rc::Rc::ptr_eq(&cls, &vm.types().reversed) {
        vm.types().iters.list_reverse.clone()
    } else {
        cls
    };
    Ok(iter_of(
        vm,
        &cls,
        IterState::Reversed {
            seq: seq.clone(),
            index: n,
        },
    ))
}

/// Creates a new range object.
pub fn range_value(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyObject::new(
        vm.types().range.clone(),
        Payload::Range(Box::new(Range { start, stop, step })),
    ))
}
