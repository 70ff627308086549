//! The data attributes of built-in objects that are not methods: `__class__`, `__dict__`,
//! `__name__`/`__qualname__`/`__module__`/`__doc__` of types and functions, `__mro__`,
//! exception `args`/`__traceback__`/`__cause__`, function `__code__`/`__defaults__`, code
//! `co_*` fields, `start`/`stop`/`step` of ranges and slices, `real`/`imag` of numbers, ...

use crate::builtins::slots::has_instance_dict;
use crate::object::Payload;
use crate::ops::number::{num_of, Num};
use crate::types::typeobj::{data, is_subtype};
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// The built-in attribute `name` of `obj`, or `None` when it has none by that name.
pub fn native_attr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj).clone())));
    }
    if let Some(n) = num_of(obj) {
        return Ok(match (n, name) {
            (Num::Complex(r, _), "real") => Some(Value::Float(r)),
            (Num::Complex(_, i), "imag") => Some(Value::Float(i)),
            (Num::Float(f), "real") => Some(Value::Float(f)),
            (Num::Float(_), "imag") => Some(Value::Float(0.0)),
            (Num::Int(_) | Num::Big(_), "real" | "numerator") => {
                Some(crate::builtins::constructors::to_int(vm, obj)?)
            }
            (Num::Int(_) | Num::Big(_), "imag") => Some(Value::Int(0)),
            (Num::Int(_) | Num::Big(_), "denominator") => Some(Value::Int(1)),
            _ => None,
        });
    }
    let Value::Obj(o) = obj else { return Ok(None) };
    if let (Payload::DictView { dict, .. }, "mapping") = (&o.payload, name) {
        return Ok(Some(Value::Obj(dict.clone())));
    }
    if name == "__dict__" {
        if let Some(d) = &o.dict {
            // A class's namespace is shown read-only, through a mappingproxy.
            if matches!(o.payload, Payload::Type(_)) {
                let proxy = crate::builtins::mappingproxy::new_proxy(vm, Value::Obj(d.clone()));
                return Ok(Some(proxy));
            }
            if !crate::builtins::classes::slot_forbids(o.class(), "__dict__")
                || matches!(o.payload, Payload::Module)
            {
                return Ok(Some(Value::Obj(d.clone())));
            }
        }
    }
    let s = |t: &str| Some(vm.new_str(t));
    Ok(match &o.payload {
        Payload::Type(t) => match name {
            "__name__" => s(&t.name()),
            "__qualname__" => s(&t.qualname.borrow()),
            "__module__" => vm.type_module(o).map(|m| vm.new_str(m)),
            "__mro__" => Some(
                vm.new_tuple(
                    t.mro
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect(),
                ),
            ),
            "__bases__" => Some(
                vm.new_tuple(
                    t.bases
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect(),
                ),
            ),
            "__base__" => Some(
                t.bases
                    .borrow()
                    .first()
                    .map_or(Value::None, |b| Value::Obj(b.clone())),
            ),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(Value::Obj(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Obj(f.qualname.borrow().clone())),
            "__module__" => Some(f.module.borrow().clone()),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__code__" => Some(Value::Obj(crate::object::PyObject::new(
                vm.types().code.clone(),
                Payload::Code(f.code.clone()),
            ))),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__builtins__" => Some(Value::Obj(f.builtins.clone())),
            "__closure__" => Some(f.closure.clone().map_or(Value::None, Value::Obj)),
            "__defaults__" => Some(f.defaults.borrow().clone().map_or(Value::None, Value::Obj)),
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Obj),
            ),
            "__annotations__" => {
                let current = f.annotations.borrow().clone();
                Some(match current {
                    Some(Value::Obj(a)) if a.as_tuple().is_some() => {
                        // MAKE_FUNCTION passes annotations as a flat (name, value, ...) tuple.
                        let d = vm.new_dict();
                        for pair in a.as_tuple().unwrap_or(&[]).chunks(2) {
                            if pair.len() == 2 {
                                vm.dict_set(&d, pair[0].clone(), pair[1].clone())?;
                            }
                        }
                        *f.annotations.borrow_mut() = Some(Value::Obj(d.clone()));
                        Value::Obj(d)
                    }
                    Some(v) => v,
                    None => {
                        let d = Value::Obj(vm.new_dict());
                        *f.annotations.borrow_mut() = Some(d.clone());
                        d
                    }
                })
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => s(b.name),
            "__qualname__" => match &b.owner {
                Some(t) => s(&format!("{}.{}", data(t).name(), b.name)),
                None => s(b.name),
            },
            "__module__" => Some(b.module.map_or(Value::None, |m| vm.new_str(m))),
            "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Payload::Method { func, self_ } => match name {
            "__func__" => Some(func.clone()),
            "__self__" => Some(self_.clone()),
            _ => vm.getattr_opt(func, name)?,
        },
        Payload::Module => None,
        Payload::Exception(d) => {
            let d = d.borrow();
            match name {
                "args" => Some(d.args.clone().unwrap_or_else(|| vm.new_tuple(vec![]))),
                "__traceback__" => Some(d.traceback.clone().map_or(Value::None, Value::Obj)),
                "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                "message" if d.group.is_some() => d.group.as_ref().map(|g| g.0.clone()),
                "exceptions" if d.group.is_some() => d.group.as_ref().map(|g| g.1.clone()),
                "value"
                    if crate::types::typeobj::is_subtype(
                        o.class(),
                        &vm.types().exc.stop_iteration,
                    ) =>
                {
                    Some(
                        d.args
                            .as_ref()
                            .and_then(|a| {
                                a.as_obj()
                                    .and_then(|t| t.as_tuple())
                                    .and_then(|t| t.first().cloned())
                            })
                            .unwrap_or(Value::None),
                    )
                }
                "code"
                    if crate::types::typeobj::is_subtype(
                        o.class(),
                        &vm.types().exc.system_exit,
                    ) =>
                {
                    let items = d
                        .args
                        .as_ref()
                        .and_then(|a| a.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec()))
                        .unwrap_or_default();
                    Some(match items.len() {
                        0 => Value::None,
                        1 => items[0].clone(),
                        _ => vm.new_tuple(items),
                    })
                }
                _ => None,
            }
        }
        Payload::Traceback(tb) => match name {
            "tb_next" => Some(tb.next.clone().map_or(Value::None, Value::Obj)),
            "tb_lineno" => {
                Some(tb.code.position(tb.lasti)[0].map_or(Value::None, |l| Value::Int(l as i64)))
            }
            "tb_lasti" => Some(Value::Int(tb.lasti as i64 * 2)),
            "tb_frame" => Some(crate::modules::frame::snapshot(vm, tb)),
            _ => None,
        },
        Payload::Code(c) => code_attr(vm, c, name)?,
        Payload::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Payload::BigRange(r) => match name {
            "start" => Some(vm.new_bigint(r.start.clone())),
            "stop" => Some(vm.new_bigint(r.stop.clone())),
            "step" => Some(vm.new_bigint(r.step.clone())),
            _ => None,
        },
        Payload::Slice(sl) => match name {
            "start" => Some(sl[0].clone()),
            "stop" => Some(sl[1].clone()),
            "step" => Some(sl[2].clone()),
            _ => None,
        },
        Payload::Property(p) => match name {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(p.doc.borrow().clone().unwrap_or_else(|| p[3].clone())),
            "__isabstractmethod__" => Some(Value::Bool(any_abstract(vm, &p.parts[..3])?)),
            _ => None,
        },
        Payload::Member(m) => match name {
            "__name__" => Some(Value::Obj(m.name.clone())),
            "__qualname__" => s(&format!(
                "{}.{}",
                m.owner_name,
                m.name.as_str().map_or("", |n| n.as_str())
            )),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            "__isabstractmethod__" => Some(Value::Bool(any_abstract(vm, std::slice::from_ref(f))?)),
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => match &*c.borrow() {
                Some(v) => Some(v.clone()),
                None => return Err(vm.value_error("Cell is empty")),
            },
            _ => None,
        },
        Payload::Generator(g) => {
            let g = g.borrow();
            match name {
                "__name__" => Some(Value::Obj(g.name.clone())),
                "__qualname__" => Some(Value::Obj(g.qualname.clone())),
                "gi_running" | "cr_running" => Some(Value::Bool(g.running)),
                "ag_running" => Some(Value::Bool(g.agen.running_async)),
                // Paused at a `yield`/`await`: started, neither running nor finished.
                "gi_suspended" | "cr_suspended" => Some(Value::Bool(
                    g.frame
                        .as_ref()
                        .is_some_and(|f| !(f.lasti == 0 && f.next <= 1)),
                )),
                "gi_yieldfrom" | "cr_await" | "ag_await" => {
                    drop(g);
                    Some(vm.gen_delegate(o).unwrap_or(Value::None))
                }
                "gi_code" | "cr_code" | "ag_code" => {
                    Some(Value::Obj(crate::object::PyObject::new(
                        vm.types().code.clone(),
                        Payload::Code(g.code.clone()),
                    )))
                }
                "gi_frame" | "cr_frame" | "ag_frame" => Some(match (&g.frame, g.finished) {
                    (Some(f), false) => {
                        crate::modules::frame::from_parts(vm, &f.code, f.lasti, &f.globals)
                    }
                    // Running: pyvm keeps no frame object for the live frame.
                    (None, false) => Value::Bool(true),
                    _ => Value::None,
                }),
                _ => None,
            }
        }
        Payload::Super { class, obj } => match name {
            "__thisclass__" => Some(Value::Obj(class.clone())),
            "__self__" => Some(obj.clone()),
            "__self_class__" => Some(Value::Obj(vm.type_of(obj).clone())),
            _ => None,
        },
        Payload::GenericAlias { origin, args } => match name {
            "__origin__" => Some(Value::Obj(origin.clone())),
            "__args__" => Some(crate::builtins::generic_alias::alias_args(vm, args)),
            "__parameters__" => Some(vm.new_tuple(vec![])),
            _ => None,
        },
        Payload::Union(args) => match name {
            "__args__" => Some(vm.new_tuple(args.to_vec())),
            "__parameters__" => Some(vm.new_tuple(vec![])),
            _ => None,
        },
        _ => None,
    })
}

/// Whether any of `funcs` is marked abstract (`@abstractmethod` under a property,
/// classmethod or staticmethod makes the wrapper abstract too).
fn any_abstract(vm: &Vm, funcs: &[Value]) -> PyResult<bool> {
    for f in funcs.iter().filter(|f| !f.is_none()) {
        if let Some(v) = vm.getattr_opt(f, "__isabstractmethod__")? {
            if vm.truthy(&v)? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// The `co_*` attributes of a code object.
fn code_attr(vm: &Vm, c: &crate::code::Code, name: &str) -> PyResult<Option<Value>> {
    let raw = c.raw();
    let names =
        |v: &[crate::value::PyRef]| vm.new_tuple(v.iter().map(|n| Value::Obj(n.clone())).collect());
    let kind_names = |mask: u8| {
        vm.new_tuple(
            c.localsplus_names
                .iter()
                .zip(c.localsplus_kinds.iter())
                .filter(|(_, k)| **k & mask != 0)
                .map(|(n, _)| Value::Obj(n.clone()))
                .collect(),
        )
    };
    Ok(match name {
        "co_name" => Some(Value::Obj(c.name.clone())),
        "co_qualname" => Some(Value::Obj(c.qualname.clone())),
        "co_filename" => Some(Value::Obj(c.filename.clone())),
        "co_firstlineno" => Some(Value::Int(c.firstlineno as i64)),
        "co_argcount" => Some(Value::Int(c.argcount as i64)),
        "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
        "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
        "co_nlocals" => Some(Value::Int(c.nlocals as i64)),
        "co_stacksize" => Some(Value::Int(c.stacksize as i64)),
        "co_flags" => Some(Value::Int(c.flags as i64)),
        "co_code" => Some(vm.new_bytes(raw.code().to_vec())),
        "co_consts" => Some(vm.new_tuple(c.consts.to_vec())),
        "co_names" => Some(names(&c.names)),
        "co_varnames" => Some(kind_names(bytecode::code::CO_FAST_LOCAL)),
        "co_cellvars" => Some(kind_names(bytecode::code::CO_FAST_CELL)),
        "co_freevars" => Some(kind_names(bytecode::code::CO_FAST_FREE)),
        "co_linetable" => Some(vm.new_bytes(raw.linetable().to_vec())),
        "co_exceptiontable" => Some(vm.new_bytes(raw.exceptiontable().to_vec())),
        _ => None,
    })
}

/// Assigning (or, with `None`, deleting) the writable attributes of a function
/// (`__defaults__`, `__kwdefaults__`, `__name__`, `__qualname__`, `__doc__`, `__module__`);
/// `None` when `name` is not one of them.
pub fn set_function_attr(
    vm: &Vm,
    f: &crate::types::function::Function,
    name: &str,
    value: Option<&Value>,
) -> Option<PyResult<()>> {
    let payload = value.and_then(|v| v.as_obj()).map(|o| &o.payload);
    Some(match name {
        "__defaults__" | "__kwdefaults__" => {
            let (want, ok) = if name == "__defaults__" {
                ("tuple", matches!(payload, Some(Payload::Tuple(_))))
            } else {
                ("dict", matches!(payload, Some(Payload::Dict(_))))
            };
            let new = match value {
                None | Some(Value::None) => None,
                Some(Value::Obj(o)) if ok => Some(o.clone()),
                Some(_) => {
                    return Some(Err(
                        vm.type_error(format!("{name} must be set to a {want} object"))
                    ))
                }
            };
            if name == "__defaults__" {
                *f.defaults.borrow_mut() = new;
            } else {
                *f.kwdefaults.borrow_mut() = new;
            }
            Ok(())
        }
        "__name__" | "__qualname__" => match value {
            Some(Value::Obj(o)) if o.as_str().is_some() => {
                let slot = if name == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                *slot.borrow_mut() = o.clone();
                Ok(())
            }
            _ => Err(vm.type_error(format!("{name} must be set to a string object"))),
        },
        "__doc__" => {
            *f.doc.borrow_mut() = value.cloned().unwrap_or(Value::None);
            Ok(())
        }
        "__module__" => {
            *f.module.borrow_mut() = value.cloned().unwrap_or(Value::None);
            Ok(())
        }
        "__code__" => Err(vm.type_error("__code__ must be set to a code object")),
        _ => return None,
    })
}

/// Assigning the attributes an exception keeps in its state (`args`, `__cause__`,
/// `__context__`, `__traceback__`, `__suppress_context__`), with CPython's checks; `None`
/// for other names (they go to the instance dict).
pub fn set_exception_attr(
    vm: &Vm,
    cell: &std::cell::RefCell<crate::object::ExcData>,
    name: &str,
    value: Option<&Value>,
) -> Option<PyResult<()>> {
    let is_exc = |v: &Value| {
        v.as_obj()
            .is_some_and(|o| matches!(o.payload, Payload::Exception(_)))
    };
    if !matches!(
        name,
        "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__"
    ) {
        return None;
    }
    Some((|| -> PyResult<()> {
        match name {
            "args" => {
                let Some(v) = value else {
                    return Err(vm.type_error("args may not be deleted"));
                };
                let items = vm.collect(v)?;
                cell.borrow_mut().args = Some(vm.new_tuple(items));
            }
            "__cause__" | "__context__" => {
                let v = value.cloned().unwrap_or(Value::None);
                if !v.is_none() && !is_exc(&v) {
                    let what = if name == "__cause__" {
                        "cause"
                    } else {
                        "context"
                    };
                    return Err(vm.type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    )));
                }
                let mut d = cell.borrow_mut();
                let v = if v.is_none() { None } else { Some(v) };
                if name == "__cause__" {
                    d.cause = v;
                    d.suppress_context = true;
                } else {
                    d.context = v;
                }
            }
            "__traceback__" => {
                let v = value.cloned().unwrap_or(Value::None);
                let tb = match &v {
                    Value::None => None,
                    Value::Obj(o) if matches!(o.payload, Payload::Traceback(_)) => Some(o.clone()),
                    _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
                };
                cell.borrow_mut().traceback = tb;
            }
            "__suppress_context__" => match value {
                Some(Value::Bool(b)) => cell.borrow_mut().suppress_context = *b,
                _ => return Err(vm.type_error("attribute value type must be bool")),
            },
            _ => {}
        }
        Ok(())
    })())
}

/// The slot names instances of `cls` carry, in slot order (heap classes from `object` down).
fn slot_layout(cls: &PyRef) -> Vec<String> {
    let mro = data(cls).mro.borrow();
    let mut names = Vec::new();
    for t in mro.iter().rev().filter(|t| data(t).heap) {
        if let Some(s) = &*data(t).slots.borrow() {
            names.extend(
                s.iter()
                    .filter(|n| *n != "__dict__" && *n != "__weakref__")
                    .cloned(),
            );
        }
    }
    names
}

/// `obj.__class__ = value` (`del obj.__class__` when `value` is `None`), with CPython's
/// checks: the new class must be a class, both classes mutable (heap) types or both module
/// subclasses, and instances of both must have the same layout (built-in base, slots, dict).
pub fn set_class(vm: &Vm, obj: &Value, value: Option<&Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let new = match value {
        Value::Obj(t) if t.as_type().is_some() => t.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                vm.type_name(value)
            )))
        }
    };
    let old = vm.type_of(obj).clone();
    let module = &vm.types().module;
    let modules = is_subtype(&new, module) && is_subtype(&old, module);
    if !modules && (!data(&new).heap || !data(&old).heap) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let Value::Obj(o) = obj else {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let same_layout = data(&new).layout == data(&old).layout
        && data(&new).slot_count.get() == data(&old).slot_count.get()
        && has_instance_dict(&new) == has_instance_dict(&old)
        && slot_layout(&new) == slot_layout(&old);
    if !same_layout {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            data(&new).name(),
            data(&old).name()
        )));
    }
    o.replace_class(new);
    Ok(())
}
