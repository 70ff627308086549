//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's checks
//! and class selection, `str()`, `derive`, `split` and `subgroup`, and the two pieces of
//! `except*` (`CHECK_EG_MATCH` splits the raised exception, `PREP_RERAISE_STAR` combines
//! what the handlers raised or re-raised).

use std::cell::RefCell;
use std::collections::HashSet;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{ExcData, Payload, PyObject};
use crate::types::function::Args;
use crate::types::typeobj::is_subtype;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().exc.base_exception_group;
    static_method(vm, t, "__new__", group_new);
    method(vm, t, "__init__", group_init);
    method(vm, t, "__str__", group_str);
    method(vm, t, "derive", derive);
    method(vm, t, "split", split);
    method(vm, t, "subgroup", subgroup);
}

/// `(message, exceptions tuple)` of an exception group.
pub fn group_parts(e: &PyRef) -> Option<(Value, Vec<Value>)> {
    match &e.payload {
        Payload::Exception(d) => d.borrow().group.as_ref().map(|g| {
            let items = g.1.as_obj().and_then(|t| t.as_tuple()).map(|t| t.to_vec());
            (g.0.clone(), items.unwrap_or_default())
        }),
        _ => None,
    }
}

fn is_group(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| is_subtype(o.class(), &vm.types().exc.base_exception_group))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut cls = crate::builtins::constructors::cls_arg(vm, &args, "BaseExceptionGroup")?;
    let name = crate::types::typeobj::data(&cls).name();
    let r = rest(&args);
    if r.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let a = r.pos();
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    let (message, excs) = (&a[0], &a[1]);
    if message.as_obj().and_then(|o| o.as_str()).is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let is_sequence = excs.as_obj().is_some_and(|o| {
        matches!(o.payload, Payload::List(_) | Payload::Tuple(_))
            || crate::ops::number::user_method(vm, &o.class().clone(), "__getitem__").is_some()
    });
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exc = &vm.types().exc;
    let mut nested_base = false;
    for (i, e) in items.iter().enumerate() {
        if !vm.is_exception(e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(vm.type_of(e), &exc.exception) {
            nested_base = true;
        }
    }
    if std::rc::Rc::ptr_eq(&cls, &exc.base_exception_group) {
        if !nested_base {
            cls = exc.exception_group.clone();
        }
    } else if std::rc::Rc::ptr_eq(&cls, &exc.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && is_subtype(&cls, &exc.exception) {
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let data = ExcData {
        args: Some(vm.new_tuple(a.to_vec())),
        group: Some(Box::new((message.clone(), vm.new_tuple(items)))),
        ..ExcData::default()
    };
    Ok(Value::Obj(PyObject::with_dict(
        cls,
        Payload::Exception(RefCell::new(data)),
        vm.new_dict(),
    )))
}

/// `__init__` only stores `args` (the checks were `__new__`'s).
fn group_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let r = rest(&args);
    if r.has_kwargs() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(this)
        )));
    }
    if let Some(Payload::Exception(d)) = this.as_obj().map(|o| &o.payload) {
        d.borrow_mut().args = Some(vm.new_tuple(r.pos().to_vec()));
    }
    Ok(Value::None)
}

fn group_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match self_arg(vm, args, name)? {
        Value::Obj(o) if group_parts(o).is_some() => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object but received a '{}'",
            vm.type_name(other)
        ))),
    }
}

fn group_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = group_of(vm, &args, "__str__")?;
    Ok(vm.new_str(group_text(vm, g)?.unwrap_or_default()))
}

/// `str(eg)`: "message (N sub-exceptions)"; `None` for an exception that is not a group.
pub fn group_text(vm: &Vm, g: &PyRef) -> PyResult<Option<String>> {
    let Some((message, items)) = group_parts(g) else {
        return Ok(None);
    };
    let n = items.len();
    Ok(Some(format!(
        "{} ({n} sub-exception{})",
        vm.str_of(&message)?,
        if n == 1 { "" } else { "s" }
    )))
}

/// `eg.derive(excs)`: a group of the same message (always a plain (Base)ExceptionGroup).
fn derive(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = group_of(vm, &args, "derive")?;
    let a = rest(&args).fixed(vm, "derive", 1, 1)?;
    let (message, _) = group_parts(g).unwrap_or((Value::None, vec![]));
    let beg = Value::Obj(vm.types().exc.base_exception_group.clone());
    vm.call_positional(&beg, &[message, a[0].clone()])
}

/// How `split`/`subgroup` decide a leaf matches.
enum Matcher {
    Type(Value),
    Predicate(Value),
    /// The leaves a handler re-raised (by identity), for `PREP_RERAISE_STAR`.
    Ids(HashSet<i64>),
}

fn matcher(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
    let is_exc_class = |v: &Value| {
        v.as_obj()
            .is_some_and(|o| o.as_type().is_some() && is_subtype(o, &vm.types().exc.base_exception))
    };
    let is_type = cond.as_obj().is_some_and(|o| o.as_type().is_some());
    if !is_type && vm.is_callable(cond) {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    if is_exc_class(cond) {
        return Ok(Matcher::Type(cond.clone()));
    }
    if let Some(items) = cond.as_obj().and_then(|o| o.as_tuple()) {
        if items.iter().all(is_exc_class) {
            return Ok(Matcher::Type(cond.clone()));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn leaf_matches(vm: &Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => vm.exception_matches(e, t),
        Matcher::Predicate(p) => {
            let r = vm.call_positional(p, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
        Matcher::Ids(ids) => Ok(!is_group(vm, e) && ids.contains(&e.id())),
    }
}

/// `eg.derive(excs)` with the group's traceback, cause, context and notes copied.
fn subset(vm: &Vm, eg: &PyRef, excs: Vec<Value>) -> PyResult<Value> {
    let eg_v = Value::Obj(eg.clone());
    let derive = vm.getattr_str(&eg_v, "derive")?;
    let list = vm.new_list(excs);
    let new = vm.call_positional(&derive, &[list])?;
    if !is_group(vm, &new) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Payload::Exception(src), Some(Payload::Exception(dst))) =
        (&eg.payload, new.as_obj().map(|o| &o.payload))
    {
        let s = src.borrow();
        let mut d = dst.borrow_mut();
        d.traceback = s.traceback.clone();
        d.cause = s.cause.clone();
        d.context = s.context.clone();
    }
    if let Some(notes) = vm.getattr_opt(&eg_v, "__notes__")? {
        if vm.is_iterable(&notes) {
            let items = vm.collect(&notes)?;
            vm.setattr(&new, &vm.intern("__notes__"), vm.new_list(items))?;
        }
    }
    Ok(new)
}

/// The parts of `e` that match and (with `want_rest`) the parts that do not.
fn split_rec(
    vm: &Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if !matches!(m, Matcher::Ids(_)) && leaf_matches(vm, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    let group = e
        .as_obj()
        .and_then(|o| group_parts(o).map(|p| (o.clone(), p.1)));
    let Some((eg, children)) = group else {
        if matches!(m, Matcher::Ids(_)) && leaf_matches(vm, m, e)? {
            return Ok((Some(e.clone()), None));
        }
        return Ok((None, want_rest.then(|| e.clone())));
    };
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for child in &children {
        let (mc, rc) = split_rec(vm, child, m, want_rest)?;
        matched.extend(mc);
        rest.extend(rc);
    }
    let matched = if matched.is_empty() {
        None
    } else {
        Some(subset(vm, &eg, matched)?)
    };
    let rest = if !want_rest || rest.is_empty() {
        None
    } else {
        Some(subset(vm, &eg, rest)?)
    };
    Ok((matched, rest))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = group_of(vm, &args, "split")?.clone();
    let a = rest(&args).fixed(vm, "split", 1, 1)?;
    let m = matcher(vm, &a[0])?;
    let (mt, rs) = split_rec(vm, &Value::Obj(g), &m, true)?;
    Ok(vm.new_tuple(vec![mt.unwrap_or(Value::None), rs.unwrap_or(Value::None)]))
}

fn subgroup(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = group_of(vm, &args, "subgroup")?.clone();
    let a = rest(&args).fixed(vm, "subgroup", 1, 1)?;
    let m = matcher(vm, &a[0])?;
    let (mt, _) = split_rec(vm, &Value::Obj(g), &m, false)?;
    Ok(mt.unwrap_or(Value::None))
}

/// `except* T`: checks `T`, then splits the raised exception into the part `T` matches and
/// the rest. A naked exception that matches is wrapped in `ExceptionGroup("", (exc,))`.
pub fn except_star_match(vm: &Vm, exc: &Value, t: &Value) -> PyResult<(Value, Value)> {
    let types: Vec<Value> = match t.as_obj().and_then(|o| o.as_tuple()) {
        Some(items) => items.to_vec(),
        None => vec![t.clone()],
    };
    for c in &types {
        let ok = c.as_obj().is_some_and(|o| {
            o.as_type().is_some() && is_subtype(o, &vm.types().exc.base_exception)
        });
        if !ok {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    for c in &types {
        if c.as_obj()
            .is_some_and(|o| is_subtype(o, &vm.types().exc.base_exception_group))
        {
            return Err(vm.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.exception_matches(exc, t)? {
        if is_group(vm, exc) {
            return Ok((exc.clone(), Value::None));
        }
        let beg = Value::Obj(vm.types().exc.base_exception_group.clone());
        let excs = vm.new_tuple(vec![exc.clone()]);
        let wrapped = vm.call_positional(&beg, &[vm.new_str(""), excs])?;
        return Ok((wrapped, Value::None));
    }
    if is_group(vm, exc) {
        let split = vm.getattr_str(exc, "split")?;
        let pair = vm.call_positional(&split, std::slice::from_ref(t))?;
        let items = pair
            .as_obj()
            .and_then(|o| o.as_tuple())
            .map(|t| t.to_vec())
            .unwrap_or_default();
        if items.len() == 2 {
            return Ok((items[0].clone(), items[1].clone()));
        }
        return Err(vm.type_error("split must return a tuple"));
    }
    Ok((Value::None, Value::None))
}

/// `BaseExceptionGroup(message, excs)` (an `ExceptionGroup` when every item is an
/// `Exception`).
fn new_group(vm: &Vm, message: &str, excs: Vec<Value>) -> PyResult<Value> {
    let beg = Value::Obj(vm.types().exc.base_exception_group.clone());
    let list = vm.new_list(excs);
    vm.call_positional(&beg, &[vm.new_str(message), list])
}

/// The leaves of an exception (itself when it is not a group), by identity.
fn leaf_ids(e: &Value, out: &mut HashSet<i64>) {
    match e.as_obj().and_then(group_parts) {
        Some((_, children)) => {
            for c in &children {
                leaf_ids(c, out);
            }
        }
        None => {
            out.insert(e.id());
        }
    }
}

/// Whether `e` still carries `orig`'s traceback, cause, context and notes: it is a part of
/// `orig` a handler re-raised rather than a new exception.
fn same_metadata(vm: &Vm, e: &PyRef, orig: &PyRef) -> bool {
    let parts = |x: &PyRef| match &x.payload {
        Payload::Exception(d) => {
            let d = d.borrow();
            Some((
                d.traceback
                    .as_ref()
                    .map(|t| Value::Obj(t.clone()))
                    .unwrap_or(Value::None),
                d.cause.clone().unwrap_or(Value::None),
                d.context.clone().unwrap_or(Value::None),
            ))
        }
        _ => None,
    };
    let notes = |x: &PyRef| {
        x.dict
            .as_ref()
            .and_then(|d| vm.dict_get_str(d, "__notes__").ok().flatten())
            .unwrap_or(Value::None)
    };
    match (parts(e), parts(orig)) {
        (Some(a), Some(b)) => {
            a.0.is(&b.0) && a.1.is(&b.1) && a.2.is(&b.2) && notes(e).is(&notes(orig))
        }
        _ => false,
    }
}

/// `PREP_RERAISE_STAR`: what the `except*` block raises once all handlers ran — the
/// re-raised parts of the original group (projected back onto its structure) and the new
/// exceptions handlers raised, grouped if there are several.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let list = vm.collect(excs)?;
    if list.is_empty() {
        return Ok(Value::None);
    }
    let Some(orig_o) = orig.as_obj().filter(|_| is_group(vm, orig)) else {
        // A naked exception was wrapped: only one handler ran.
        return Ok(list[0].clone());
    };
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in list {
        let Some(o) = e.as_obj().cloned() else {
            continue;
        };
        if same_metadata(vm, &o, orig_o) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let (projected, _) = split_rec(vm, orig, &Matcher::Ids(ids), false)?;
    if let Some(p) = projected {
        raised.push(p);
    }
    match raised.len() {
        0 => Ok(Value::None),
        1 => Ok(raised.pop().unwrap_or(Value::None)),
        _ => new_group(vm, "", raised),
    }
}
