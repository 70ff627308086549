//! The pattern-matching instructions of `match` statements: `MATCH_MAPPING`,
//! `MATCH_SEQUENCE`, `MATCH_KEYS` and `MATCH_CLASS`, following CPython 3.11's `ceval.c`
//! (`match_keys`, `match_class`) including its error messages.

use std::cell::RefCell;

use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::set::SetTable;
use crate::types::typeobj::data;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// `MATCH_MAPPING` / `MATCH_SEQUENCE`: push whether the subject on top qualifies.
pub fn match_kind(vm: &Vm, f: &mut Frame, mapping: bool) {
    let is = if mapping {
        vm.is_mapping_for_match(f.top())
    } else {
        vm.is_sequence_for_match(f.top())
    };
    f.push(Value::Bool(is));
}

/// Adds `key` to `seen`, returning whether it was already there.
fn seen_before(vm: &Vm, seen: &RefCell<SetTable>, key: &Value) -> PyResult<bool> {
    if crate::set::contains(vm, &*seen.borrow(), key)? {
        return Ok(true);
    }
    crate::set::add(vm, seen, key.clone())?;
    Ok(false)
}

/// `MATCH_KEYS`: with `[subject, keys]` on the stack, push a tuple of the subject's values
/// for `keys` (looked up with `subject.get(key, <dummy>)`), or `None` when one is missing.
pub fn match_keys(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let keys = f.top().clone();
    let subject = f.peek(2).clone();
    let keys: Vec<Value> = keys
        .as_obj()
        .and_then(|o| o.as_tuple())
        .unwrap_or(&[])
        .to_vec();
    if keys.is_empty() {
        f.push(vm.new_tuple(Vec::new()));
        return Ok(());
    }
    // A fresh object no mapping can hold: `get` returning it means "missing".
    let dummy = Value::Obj(PyObject::new(vm.types().object.clone(), Payload::Object));
    let get = vm.getattr_str(&subject, "get")?;
    let seen = RefCell::new(SetTable::new());
    let mut values = Vec::with_capacity(keys.len());
    for key in &keys {
        if seen_before(vm, &seen, key)? {
            return Err(vm.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                vm.repr(key)?
            )));
        }
        let v = vm.call_positional(&get, &[key.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            f.push(Value::None);
            return Ok(());
        }
        values.push(v);
    }
    f.push(vm.new_tuple(values));
    Ok(())
}

/// Built-in types whose instances match a single positional sub-pattern as themselves
/// (`case int(x):`), CPython's `_Py_TPFLAGS_MATCH_SELF`; subclasses inherit it.
fn matches_self(vm: &Vm, cls: &PyRef) -> bool {
    let t = vm.types();
    let self_matching = [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ];
    data(cls)
        .mro
        .borrow()
        .iter()
        .any(|b| self_matching.iter().any(|s| std::rc::Rc::ptr_eq(s, b)))
}

/// `MATCH_CLASS count`: with `[subject, cls, names]` on the stack, replace them by a tuple of
/// the `count` positional attributes (named by `cls.__match_args__`) and the keyword ones in
/// `names`, or by `None` when the subject does not match.
pub fn match_class(vm: &Vm, f: &mut Frame, nargs: usize) -> PyResult<()> {
    let names = f.pop();
    let cls = f.pop();
    let subject = f.pop();
    let attrs = class_attrs(vm, &subject, &cls, nargs, &names)?;
    f.push(attrs.map_or(Value::None, |a| vm.new_tuple(a)));
    Ok(())
}

fn class_attrs(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Option<Vec<Value>>> {
    let Some(t) = cls.as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(vm.type_error("called match pattern must be a type"));
    };
    if !crate::builtins::functions::is_instance(vm, subject, cls)? {
        return Ok(None);
    }
    let type_name = data(t).name();
    let seen = RefCell::new(SetTable::new());
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match vm.getattr_str(cls, "__match_args__") {
            Ok(m) => {
                let exact_tuple = m
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::ptr_eq(o.class(), &vm.types().tuple));
                if !exact_tuple {
                    return Err(vm.type_error(format!(
                        "{type_name}.__match_args__ must be a tuple (got {})",
                        vm.type_name(&m)
                    )));
                }
                (
                    m.as_obj()
                        .and_then(|o| o.as_tuple())
                        .unwrap_or(&[])
                        .to_vec(),
                    false,
                )
            }
            Err(e) if vm.err_matches(&e, &vm.types().exc.attribute_error) => {
                (Vec::new(), matches_self(vm, t))
            }
            Err(e) => return Err(e),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            return Err(vm.type_error(format!(
                "{type_name}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                let exact_str = name
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::ptr_eq(o.class(), &vm.types().str));
                if !exact_str {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                match class_attr(vm, subject, &type_name, name, &seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    let kw: Vec<Value> = names
        .as_obj()
        .and_then(|o| o.as_tuple())
        .unwrap_or(&[])
        .to_vec();
    for name in &kw {
        match class_attr(vm, subject, &type_name, name, &seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(attrs))
}

/// One sub-pattern's attribute: `None` when the subject lacks it (no match), a `TypeError`
/// when the pattern names it twice.
fn class_attr(
    vm: &Vm,
    subject: &Value,
    type_name: &str,
    name: &Value,
    seen: &RefCell<SetTable>,
) -> PyResult<Option<Value>> {
    if seen_before(vm, seen, name)? {
        return Err(vm.type_error(format!(
            "{type_name}() got multiple sub-patterns for attribute {}",
            vm.repr(name)?
        )));
    }
    let Some(key) = name.as_obj().filter(|o| o.as_str().is_some()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.getattr(subject, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, &vm.types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}
