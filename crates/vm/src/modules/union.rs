//! `types.UnionType`: what `int | str` makes (PEP 604), with `__args__`, CPython's repr,
//! equality by the set of members, `|` with more types, and `isinstance`/`issubclass`.

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

fn union_type(vm: &Vm) -> PyRef {
    vm.native_type("types.UnionType", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "UnionType", "types", &object, false);
        method(vm, &t, "__repr__", repr);
        method(vm, &t, "__eq__", eq);
        method(vm, &t, "__hash__", hash);
        method(vm, &t, "__or__", or);
        method(vm, &t, "__ror__", ror);
        method(vm, &t, "__instancecheck__", instancecheck);
        method(vm, &t, "__subclasscheck__", subclasscheck);
        t
    })
}

/// The members of union `v`, if it is one.
fn members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    let o = v.as_obj()?;
    if !std::rc::Rc::ptr_eq(o.class(), &union_type(vm)) {
        return None;
    }
    let d = o.dict.clone()?;
    let args = vm.dict_get_str(&d, "__args__").ok()??;
    args.as_obj()?.as_tuple().map(|t| t.to_vec())
}

/// Whether `v` may stand in a `X | Y` union: a class, `None`, a union or a generic alias.
fn unionable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::Type(_) | Payload::GenericAlias { .. })
                || members(vm, v).is_some()
        }
        _ => false,
    }
}

/// `lhs | rhs` for type operands, or `None` when they are not both unionable.
pub fn or_types(vm: &Vm, lhs: &Value, rhs: &Value) -> PyResult<Option<Value>> {
    let is_type = |v: &Value| {
        v.as_obj()
            .is_some_and(|o| matches!(o.payload, Payload::Type(_) | Payload::GenericAlias { .. }))
            || members(vm, v).is_some()
    };
    if !(unionable(vm, lhs) && unionable(vm, rhs) && (is_type(lhs) || is_type(rhs))) {
        return Ok(None);
    }
    let mut items: Vec<Value> = Vec::new();
    for side in [lhs, rhs] {
        let parts = members(vm, side).unwrap_or_else(|| vec![side.clone()]);
        for p in parts {
            // `None` is stored as `type(None)`.
            let p = if p.is_none() {
                Value::Obj(vm.type_of(&Value::None).clone())
            } else {
                p
            };
            let mut dup = false;
            for q in &items {
                if q.is(&p) || vm.eq(q, &p)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(Some(items.remove(0)));
    }
    let d = vm.new_dict();
    vm.dict_set_str(&d, "__args__", vm.new_tuple(items));
    vm.dict_set_str(&d, "__parameters__", vm.new_tuple(Vec::new()));
    Ok(Some(Value::Obj(PyObject::with_dict(
        union_type(vm),
        Payload::Object,
        d,
    ))))
}

fn this_members(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<Value>> {
    let this = self_arg(vm, args, name)?;
    members(vm, this).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'types.UnionType' object"
        ))
    })
}

/// How a union member is written: `int`, `None`, `mod.Class`, or the repr of an alias.
fn member_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(o) = v.as_obj() {
        if std::rc::Rc::ptr_eq(o, vm.type_of(&Value::None)) {
            return Ok("None".into());
        }
        if let Payload::Type(t) = &o.payload {
            let module = vm
                .getattr_opt(v, "__module__")?
                .and_then(|m| vm.str_of(&m).ok());
            let q = t.qualname.borrow().clone();
            return Ok(match module.as_deref() {
                Some("builtins") | None => q,
                Some(m) => format!("{m}.{q}"),
            });
        }
    }
    vm.repr(v)
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this_members(vm, &args, "__repr__")?;
    let parts = items
        .iter()
        .map(|v| member_repr(vm, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(vm.new_str(parts.join(" | ")))
}

fn eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this_members(vm, &args, "__eq__")?;
    let a = rest(&args).fixed(vm, "__eq__", 1, 1)?.to_vec();
    let Some(other) = members(vm, &a[0]) else {
        return Ok(Value::Obj(vm.interp.not_implemented.clone()));
    };
    let contains = |set: &[Value], v: &Value| -> PyResult<bool> {
        for q in set {
            if q.is(v) || vm.eq(q, v)? {
                return Ok(true);
            }
        }
        Ok(false)
    };
    for v in &items {
        if !contains(&other, v)? {
            return Ok(Value::Bool(false));
        }
    }
    for v in &other {
        if !contains(&items, v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this_members(vm, &args, "__hash__")?;
    // Order-independent, like the frozenset CPython hashes.
    let mut h: i64 = 0x345678;
    for v in &items {
        h ^= vm.hash(v)?.wrapping_mul(0x9e3779b9);
    }
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn or(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__or__")?.clone();
    let a = rest(&args).fixed(vm, "__or__", 1, 1)?.to_vec();
    Ok(or_types(vm, &this, &a[0])?.unwrap_or(Value::Obj(vm.interp.not_implemented.clone())))
}

fn ror(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__ror__")?.clone();
    let a = rest(&args).fixed(vm, "__ror__", 1, 1)?.to_vec();
    Ok(or_types(vm, &a[0], &this)?.unwrap_or(Value::Obj(vm.interp.not_implemented.clone())))
}

fn instancecheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this_members(vm, &args, "__instancecheck__")?;
    let a = rest(&args).fixed(vm, "__instancecheck__", 1, 1)?.to_vec();
    for t in &items {
        if matches!(
            t.as_obj().map(|o| &o.payload),
            Some(Payload::GenericAlias { .. })
        ) {
            return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
        let isinstance = vm.getattr_str(&builtins(vm)?, "isinstance")?;
        if vm.truthy(&vm.call_positional(&isinstance, &[a[0].clone(), t.clone()])?)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn subclasscheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let items = this_members(vm, &args, "__subclasscheck__")?;
    let a = rest(&args).fixed(vm, "__subclasscheck__", 1, 1)?.to_vec();
    for t in &items {
        let issubclass = vm.getattr_str(&builtins(vm)?, "issubclass")?;
        if vm.truthy(&vm.call_positional(&issubclass, &[a[0].clone(), t.clone()])?)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtins(vm: &Vm) -> PyResult<Value> {
    vm.interp
        .builtins
        .borrow()
        .clone()
        .map(Value::Obj)
        .ok_or_else(|| vm.runtime_error("no builtins"))
}

/// Gives `types.GenericAlias` its constructor, `GenericAlias(origin, args)`, which
/// subclasses (`collections.abc`'s `_CallableGenericAlias`) reach through `super().__new__`.
pub fn install(vm: &Vm) {
    static_method(vm, &vm.types().generic_alias.clone(), "__new__", alias_new);
}

fn alias_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "GenericAlias", 3, 3)?;
    let cls = match a[0].as_obj() {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("GenericAlias.__new__(X): X is not a type object")),
    };
    let origin = a[1]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("GenericAlias() argument 1 must be an object"))?;
    Ok(Value::Obj(PyObject::new(
        cls,
        Payload::GenericAlias {
            origin,
            args: a[2].clone(),
        },
    )))
}

/// `alias.__parameters__`: the type variables among the arguments (objects with
/// `__typing_subst__`), and those of nested aliases, each once, in order.
pub fn alias_parameters(vm: &Vm, args: &Value) -> PyResult<Value> {
    let items = match args.as_obj().and_then(|a| a.as_tuple()) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut out: Vec<Value> = Vec::new();
    let mut push = |v: Value| {
        if !out.iter().any(|q| q.is(&v)) {
            out.push(v);
        }
    };
    for item in items {
        if matches!(item.as_obj().map(|o| &o.payload), Some(Payload::Type(_))) {
            continue;
        }
        if vm.getattr_opt(&item, "__typing_subst__")?.is_some() {
            push(item);
        } else if let Some(ps) = vm.getattr_opt(&item, "__parameters__")? {
            if let Some(t) = ps.as_obj().and_then(|o| o.as_tuple()) {
                for p in t.iter() {
                    push(p.clone());
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

/// `repr(list[int])`: `list[int]`, members written as `union` members are.
pub fn alias_repr(vm: &Vm, origin: &PyRef, args: &Value) -> PyResult<String> {
    let items = match args.as_obj().and_then(|a| a.as_tuple()) {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let mut parts = Vec::with_capacity(items.len());
    for v in &items {
        if v.as_obj()
            .is_some_and(|o| matches!(o.payload, Payload::Ellipsis))
        {
            parts.push("...".to_string());
        } else {
            parts.push(member_repr(vm, v)?);
        }
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(format!(
        "{}[{inner}]",
        member_repr(vm, &Value::Obj(origin.clone()))?
    ))
}
