//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | str`): their repr,
//! equality, hash, `|`, and what `isinstance`/`issubclass` make of unions.

use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The members of a union (`__args__`), `None` already turned into `NoneType`.
pub fn union_args(v: &Value) -> Option<&[Value]> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Union(args)) => Some(args),
        _ => None,
    }
}

/// Whether `v` may be an operand of a type union (`type.__or__`): `None`, a class, a generic
/// alias or a union.
pub fn is_unionable(v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Type(_) | Payload::GenericAlias { .. } | Payload::Union(_)
        ),
        _ => false,
    }
}

/// `a | b` for classes, aliases and unions; `None` (NotImplemented) for other operands, and
/// for `None | None` (`NoneType` has no `__or__`).
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_unionable(a) || !is_unionable(b) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    let mut args: Vec<Value> = Vec::new();
    for side in [a, b] {
        let members: Vec<Value> = match union_args(side) {
            Some(m) => m.to_vec(),
            None if side.is_none() => vec![Value::Obj(vm.types().none_type.clone())],
            None => vec![side.clone()],
        };
        for m in members {
            // Duplicates go (`int | int` is `int`); aliases compare by value.
            let mut seen = false;
            for x in &args {
                if x.is(&m) || vm.native_compare(x, &m, CompareOp::Eq)? == Some(true) {
                    seen = true;
                    break;
                }
            }
            if !seen {
                args.push(m);
            }
        }
    }
    if args.len() == 1 {
        return Ok(args.pop());
    }
    Ok(Some(Value::Obj(PyObject::new(
        vm.types().union_type.clone(),
        Payload::Union(args.into_boxed_slice()),
    ))))
}

/// How an alias or union shows one of its arguments: classes by (qualified) name, `...`,
/// `None` for `NoneType`, anything else by `repr`.
fn arg_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(o) = v.as_obj() {
        if std::rc::Rc::ptr_eq(o, &vm.interp.ellipsis) {
            return Ok("...".into());
        }
        if let Some(t) = o.as_type() {
            if std::rc::Rc::ptr_eq(o, &vm.types().none_type) {
                return Ok("None".into());
            }
            let qualname = t.qualname.borrow().clone();
            return Ok(match module_name(vm, o)? {
                Some(m) if m != "builtins" => format!("{m}.{qualname}"),
                _ => qualname,
            });
        }
    }
    vm.repr(v)
}

/// A class's `__module__` as text, if it is a string.
fn module_name(vm: &Vm, cls: &PyRef) -> PyResult<Option<String>> {
    let m = vm.getattr_str(&Value::Obj(cls.clone()), "__module__")?;
    Ok(m.as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string()))
}

/// `repr(list[int])` is `list[int]`; `repr(int | None)` is `int | None`.
pub fn repr(vm: &Vm, o: &PyRef) -> PyResult<Option<String>> {
    Ok(Some(match &o.payload {
        Payload::GenericAlias { origin, args } => {
            let mut s = arg_repr(vm, &Value::Obj(origin.clone()))?;
            s.push('[');
            match args.as_obj().and_then(|a| a.as_tuple()) {
                Some([]) => s.push_str("()"),
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        s.push_str(&arg_repr(vm, item)?);
                    }
                }
                None => s.push_str(&arg_repr(vm, args)?),
            }
            s.push(']');
            s
        }
        Payload::Union(args) => {
            let parts = args
                .iter()
                .map(|a| arg_repr(vm, a))
                .collect::<PyResult<Vec<_>>>()?;
            parts.join(" | ")
        }
        _ => return Ok(None),
    }))
}

/// The arguments of an alias as a tuple (`list[int].__args__ == (int,)`).
pub fn alias_args(vm: &Vm, args: &Value) -> Value {
    match args.as_obj().and_then(|a| a.as_tuple()) {
        Some(_) => args.clone(),
        None => vm.new_tuple(vec![args.clone()]),
    }
}

/// `==` between aliases (same origin and arguments) and between unions (same members, in
/// any order).
pub fn equal(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<bool>> {
    match (&a.payload, &b.payload) {
        (
            Payload::GenericAlias {
                origin: o1,
                args: a1,
            },
            Payload::GenericAlias {
                origin: o2,
                args: a2,
            },
        ) => {
            if !std::rc::Rc::ptr_eq(o1, o2) {
                return Ok(Some(false));
            }
            let (a1, a2) = (alias_args(vm, a1), alias_args(vm, a2));
            Ok(Some(vm.eq(&a1, &a2)?))
        }
        (Payload::Union(x), Payload::Union(y)) => {
            let contains = |set: &[Value], v: &Value| -> PyResult<bool> {
                for s in set {
                    if vm.eq(s, v)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            };
            for v in x.iter() {
                if !contains(y, v)? {
                    return Ok(Some(false));
                }
            }
            for v in y.iter() {
                if !contains(x, v)? {
                    return Ok(Some(false));
                }
            }
            Ok(Some(true))
        }
        (Payload::GenericAlias { .. } | Payload::Union(_), _) => Ok(None),
        _ => Ok(None),
    }
}

/// `hash()` of an alias (origin and arguments) or a union (its members as a frozenset).
pub fn hash(vm: &Vm, o: &PyRef) -> PyResult<Option<i64>> {
    match &o.payload {
        Payload::GenericAlias { origin, args } => {
            let h = vm.hash(&Value::Obj(origin.clone()))? ^ vm.hash(&alias_args(vm, args))?;
            Ok(Some(if h == -1 { -2 } else { h }))
        }
        Payload::Union(args) => {
            let set = vm.new_frozenset(args.to_vec())?;
            vm.hash(&set).map(Some)
        }
        _ => Ok(None),
    }
}

/// Gives `types.GenericAlias` its constructor, `GenericAlias(origin, args)`, which
/// subclasses (`collections.abc`'s `_CallableGenericAlias`) reach through `super().__new__`.
pub fn install(vm: &Vm) {
    crate::builtins::static_method(vm, &vm.types().generic_alias.clone(), "__new__", alias_new);
}

fn alias_new(vm: &Vm, args: crate::types::function::Args) -> PyResult<Value> {
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
