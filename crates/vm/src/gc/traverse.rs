//! What the cycle collector needs to know about each kind of object: which heap objects it
//! holds a counted reference to (`visit`, CPython's `tp_traverse`) and how to drop those
//! references to break a cycle (`clear`, CPython's `tp_clear`).
//!
//! `visit` must report each counted reference the object owns exactly once: the collector
//! subtracts every reported edge from the target's strong count, so reporting an edge that
//! is not a real `Rc` could make a live object look like garbage. Missing an edge is safe
//! (the target then looks referenced from outside and is kept). A `RefCell` that is
//! borrowed (which cannot happen at the collector's safe points, but is not assumed) is
//! skipped for the same reason.

use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::types::iter::IterState;
use crate::value::{PyRef, Value};

/// Whether objects of this shape can be part of a reference cycle, so are worth tracking.
pub fn is_container(o: &PyObject) -> bool {
    if o.dict.is_some() {
        return true;
    }
    match &o.payload {
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::Cell(_)
        | Payload::Function(_)
        | Payload::Method { .. }
        | Payload::Exception(_)
        | Payload::Traceback(_)
        | Payload::Generator(_)
        | Payload::Slots(_)
        | Payload::Awaitable(_)
        | Payload::Iter(_) => true,
        Payload::Builtin(b) => b.self_.is_some(),
        // A tuple of strings and numbers can never be in a cycle (CPython untracks such
        // tuples too).
        Payload::Tuple(items) => items.iter().any(|v| match v {
            Value::Obj(o) => !matches!(o.payload, Payload::Str(_) | Payload::Int(_)),
            _ => false,
        }),
        _ => false,
    }
}

fn value(v: &Value, f: &mut impl FnMut(&PyRef)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

fn values<'a>(vs: impl IntoIterator<Item = &'a Value>, f: &mut impl FnMut(&PyRef)) {
    for v in vs {
        value(v, f);
    }
}

fn frame(fr: &Frame, f: &mut impl FnMut(&PyRef)) {
    f(&fr.globals);
    f(&fr.builtins);
    if let Some(l) = &fr.locals {
        f(l);
    }
    values(fr.fast.iter().flatten(), f);
    values(&fr.stack, f);
    if let Some(c) = &fr.closure {
        f(c);
    }
    if let Some(k) = &fr.kwnames {
        f(k);
    }
}

/// Calls `f` with each heap object `o` holds a counted reference to (its class excepted:
/// types are not tracked).
pub fn visit(o: &PyObject, f: &mut impl FnMut(&PyRef)) {
    if let Some(d) = &o.dict {
        f(d);
    }
    match &o.payload {
        Payload::Tuple(items) => values(items.iter(), f),
        Payload::List(l) => {
            if let Ok(l) = l.try_borrow() {
                values(l.iter(), f);
            }
        }
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for e in d.iter() {
                    value(&e.key, f);
                    value(&e.value, f);
                }
            }
        }
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                values(s.iter(), f);
            }
        }
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                values(c.iter(), f);
            }
        }
        Payload::Function(func) => {
            f(&func.globals);
            f(&func.builtins);
            if let Ok(n) = func.name.try_borrow() {
                f(&n);
            }
            if let Ok(n) = func.qualname.try_borrow() {
                f(&n);
            }
            if let Ok(Some(d)) = func.defaults.try_borrow().as_deref() {
                f(d);
            }
            if let Ok(Some(d)) = func.kwdefaults.try_borrow().as_deref() {
                f(d);
            }
            if let Some(c) = &func.closure {
                f(c);
            }
            if let Ok(d) = func.doc.try_borrow() {
                value(&d, f);
            }
            if let Ok(Some(a)) = func.annotations.try_borrow().as_deref() {
                value(a, f);
            }
            if let Ok(m) = func.module.try_borrow() {
                value(&m, f);
            }
        }
        Payload::Method { func, self_ } => {
            value(func, f);
            value(self_, f);
        }
        Payload::Builtin(b) => {
            if let Some(s) = &b.self_ {
                value(s, f);
            }
            if let Some(o) = &b.owner {
                f(o);
            }
        }
        Payload::Exception(e) => {
            if let Ok(e) = e.try_borrow() {
                values(e.args.iter(), f);
                if let Some(t) = &e.traceback {
                    f(t);
                }
                values(e.cause.iter(), f);
                values(e.context.iter(), f);
            }
        }
        Payload::Traceback(tb) => {
            if let Some(n) = &tb.next {
                f(n);
            }
            f(&tb.globals);
            if let Ok(l) = tb.locals.try_borrow() {
                values(l.iter().flatten(), f);
            }
        }
        Payload::Generator(g) => {
            if let Ok(g) = g.try_borrow() {
                if let Some(fr) = &g.frame {
                    frame(fr, f);
                }
                f(&g.name);
                f(&g.qualname);
                value(&g.exc_state, f);
            }
        }
        Payload::Iter(it) => {
            if let Ok(it) = it.try_borrow() {
                iter_state(&it, f);
            }
        }
        Payload::Slots(s) => {
            if let Ok(s) = s.try_borrow() {
                values(s.iter().flatten(), f);
            }
        }
        Payload::Awaitable(a) => {
            if let Ok(a) = a.try_borrow() {
                f(&a.gen);
                match &a.kind {
                    crate::types::coroutine::AwaitKind::ASend(v) => value(v, f),
                    crate::types::coroutine::AwaitKind::AThrow(Some(e)) => f(&e.0),
                    _ => {}
                }
            }
        }
        Payload::AsyncGenWrapped(v) => value(v, f),
        _ => {}
    }
}

fn iter_state(it: &IterState, f: &mut impl FnMut(&PyRef)) {
    match it {
        IterState::Seq { seq, .. } => f(seq),
        IterState::Dict { dict, .. } => f(dict),
        IterState::Set { set, .. } => f(set),
        IterState::Enumerate { inner, .. } => value(inner, f),
        IterState::Zip { iters, .. } => values(iters, f),
        IterState::Map { func, iters } => {
            value(func, f);
            values(iters, f);
        }
        IterState::Filter { func, inner } => {
            value(func, f);
            value(inner, f);
        }
        IterState::Reversed { seq, .. } => value(seq, f),
        IterState::GetItem { obj, .. } => value(obj, f),
        IterState::Callable { func, sentinel } => {
            value(func, f);
            value(sentinel, f);
        }
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Drops the references `o` holds that can form cycles, moving them into `out` (dropped by
/// the caller once every object of the garbage set is cleared). Immutable payloads (tuples,
/// bound methods) are not cleared: every cycle through them also passes through a mutable
/// object, which is.
pub fn clear(o: &PyObject, out: &mut Vec<Value>) {
    match &o.payload {
        Payload::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                out.append(&mut l);
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                for e in d.iter() {
                    out.push(e.key.clone());
                    out.push(e.value.clone());
                }
                d.clear();
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.extend(s.iter().cloned());
                s.clear();
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                out.extend(c.take());
            }
        }
        Payload::Function(func) => {
            if let Ok(mut d) = func.defaults.try_borrow_mut() {
                out.extend(d.take().map(Value::Obj));
            }
            if let Ok(mut d) = func.kwdefaults.try_borrow_mut() {
                out.extend(d.take().map(Value::Obj));
            }
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                out.extend(e.args.take());
                out.extend(e.traceback.take().map(Value::Obj));
                out.extend(e.cause.take());
                out.extend(e.context.take());
            }
        }
        Payload::Traceback(tb) => {
            if let Ok(mut l) = tb.locals.try_borrow_mut() {
                out.extend(l.drain(..).flatten());
            }
        }
        Payload::Generator(g) => {
            if let Ok(mut g) = g.try_borrow_mut() {
                if let Some(mut fr) = g.frame.take() {
                    out.extend(fr.fast.drain(..).flatten());
                    out.append(&mut fr.stack);
                }
                g.finished = true;
                out.push(std::mem::replace(&mut g.exc_state, Value::None));
            }
        }
        Payload::Slots(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                out.extend(s.iter_mut().filter_map(Option::take));
            }
        }
        Payload::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let old = std::mem::replace(&mut *it, IterState::Exhausted);
                drop_later(old, out);
            }
        }
        _ => {}
    }
}

fn drop_later(it: IterState, out: &mut Vec<Value>) {
    let mut keep = |o: &PyRef| out.push(Value::Obj(o.clone()));
    iter_state(&it, &mut keep);
}
