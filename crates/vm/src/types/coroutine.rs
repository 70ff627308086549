//! Coroutines and async generators beyond what they share with generators: the awaitable
//! objects `coroutine.__await__()` (`coroutine_wrapper`), `agen.asend()` / `__anext__()`
//! (`async_generator_asend`) and `agen.athrow()` / `aclose()` (`async_generator_athrow`),
//! the wrapper marking values an async generator yields (3.11's `ASYNC_GEN_WRAP`), and
//! `await`'s lookup of an awaitable's iterator (`GET_AWAITABLE`).
//!
//! An async generator is a generator object of class `async_generator`. Its frame yields
//! two kinds of values: the operands of its `await`s, passed through to whoever drives the
//! coroutine, and its own `yield`s, which the compiler wraps (`ASYNC_GEN_WRAP`). The asend
//! and athrow objects resume the frame and turn a wrapped value into `StopIteration(value)`
//! (the result of `await agen.asend(...)`), and the generator's end into
//! `StopAsyncIteration`, as CPython's `genobject.c` does.

use crate::object::{Payload, PyObject};
use crate::ops::iter::SendResult;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// What an awaitable object does when driven.
pub enum AwaitKind {
    /// `coroutine.__await__()`: forwards to the coroutine.
    Wrapper,
    /// `asend(value)` / `__anext__()`.
    ASend(Value),
    /// `athrow(exc)`; `None` is `aclose()`.
    AThrow(Option<PyErr>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AwaitPhase {
    Init,
    Iter,
    Closed,
}

pub struct AwaitState {
    /// The coroutine or async generator.
    pub gen: PyRef,
    pub kind: AwaitKind,
    pub phase: AwaitPhase,
}

/// Per async generator flags (CPython's `ag_running_async` and `ag_closed`).
#[derive(Default, Clone, Copy)]
pub struct AsyncGenFlags {
    pub running_async: bool,
    pub closed: bool,
}

impl Vm {
    pub fn is_coroutine(&self, o: &PyRef) -> bool {
        matches!(o.payload, Payload::Generator(_))
            && std::rc::Rc::ptr_eq(o.class(), &self.types().coroutine)
    }

    pub fn is_async_gen(&self, o: &PyRef) -> bool {
        matches!(o.payload, Payload::Generator(_))
            && std::rc::Rc::ptr_eq(o.class(), &self.types().async_generator)
    }

    /// A plain generator (not a coroutine or async generator).
    pub fn is_plain_generator(&self, o: &PyRef) -> bool {
        matches!(o.payload, Payload::Generator(_))
            && std::rc::Rc::ptr_eq(o.class(), &self.types().generator)
    }

    /// `coroutine`, `async generator` or `generator`, as messages name them.
    pub fn gen_kind_name(&self, o: &PyRef) -> &'static str {
        if self.is_coroutine(o) {
            "coroutine"
        } else if self.is_async_gen(o) {
            "async generator"
        } else {
            "generator"
        }
    }

    pub fn new_awaitable(&self, gen: &PyRef, kind: AwaitKind) -> Value {
        let cls = match kind {
            AwaitKind::Wrapper => &self.types().coroutine_wrapper,
            AwaitKind::ASend(_) => &self.types().async_generator_asend,
            AwaitKind::AThrow(_) => &self.types().async_generator_athrow,
        };
        Value::Obj(PyObject::new(
            cls.clone(),
            Payload::Awaitable(std::cell::RefCell::new(AwaitState {
                gen: gen.clone(),
                kind,
                phase: AwaitPhase::Init,
            })),
        ))
    }

    /// `ASYNC_GEN_WRAP`: marks a value an async generator yields.
    pub fn async_gen_wrap(&self, v: Value) -> Value {
        Value::Obj(PyObject::new(
            self.types().object.clone(),
            Payload::AsyncGenWrapped(v),
        ))
    }

    /// The iterator `await v` drives (CPython's `_PyCoro_GetAwaitableIter`), with the
    /// `async with` wording of `GET_AWAITABLE`'s oparg when `v` has no `__await__`.
    pub fn get_awaitable(&self, v: &Value, oparg: usize) -> PyResult<Value> {
        if let Some(o) = v.as_obj() {
            if self.is_coroutine(o) {
                if self.gen_delegate(o).is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
            if let Payload::Generator(g) = &o.payload {
                let iterable = g
                    .borrow()
                    .frame
                    .as_ref()
                    .is_some_and(|f| f.code.flags & bytecode::code::CO_ITERABLE_COROUTINE != 0);
                if iterable {
                    return Ok(v.clone());
                }
            }
            if let Payload::Awaitable(a) = &o.payload {
                if !matches!(a.borrow().kind, AwaitKind::Wrapper) {
                    return Ok(v.clone());
                }
            }
        }
        let cls = self.type_of(v).clone();
        let Some(m) = crate::ops::number::user_method(self, &cls, "__await__") else {
            let name = self.type_name(v);
            return Err(self.type_error(match oparg {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {name}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {name}"
                ),
                _ => format!("object {name} can't be used in 'await' expression"),
            }));
        };
        let it = self.call_method_value(&m, v, &[])?;
        if it.as_obj().is_some_and(|o| self.is_coroutine(o)) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// Drives an awaitable object one step with `value` sent in.
    pub fn await_send(&self, o: &PyRef, value: Value) -> PyResult<SendResult> {
        let Payload::Awaitable(cell) = &o.payload else {
            return Err(self.type_error("not an awaitable"));
        };
        let (gen, phase, send_value, throw) = {
            let st = cell.borrow();
            let (v, t) = match &st.kind {
                AwaitKind::Wrapper => {
                    let gen = st.gen.clone();
                    drop(st);
                    return self.gen_resume(&gen, value, None);
                }
                AwaitKind::ASend(v) => (Some(v.clone()), None),
                AwaitKind::AThrow(e) => (None, Some(e.clone())),
            };
            (st.gen.clone(), st.phase, v, t)
        };
        let set_phase = |p| cell.borrow_mut().phase = p;
        if phase == AwaitPhase::Closed {
            return Err(self.runtime_error(match send_value {
                Some(_) => "cannot reuse already awaited __anext__()/asend()",
                None => "cannot reuse already awaited aclose()/athrow()",
            }));
        }
        let flags = |gen: &PyRef| match &gen.payload {
            Payload::Generator(g) => g.try_borrow().map(|g| g.agen).unwrap_or_default(),
            _ => AsyncGenFlags::default(),
        };
        match (phase, send_value, throw) {
            (AwaitPhase::Init, Some(initial), _) => {
                if flags(&gen).running_async {
                    set_phase(AwaitPhase::Closed);
                    return Err(
                        self.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                let value = if value.is_none() { initial } else { value };
                set_phase(AwaitPhase::Iter);
                self.async_gen_flags(&gen, |f| f.running_async = true);
                let r = self.gen_resume(&gen, value, None);
                self.async_gen_unwrap(&gen, o, r)
            }
            (AwaitPhase::Iter, Some(_), _) => {
                let r = self.gen_resume(&gen, value, None);
                self.async_gen_unwrap(&gen, o, r)
            }
            (AwaitPhase::Init, None, Some(throw)) => {
                let closing = throw.is_none();
                if flags(&gen).running_async {
                    set_phase(AwaitPhase::Closed);
                    return Err(self.runtime_error(if closing {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    }));
                }
                if flags(&gen).closed {
                    set_phase(AwaitPhase::Closed);
                    return Err(PyErr(
                        self.new_exception(&self.types().exc.stop_async_iteration, vec![]),
                    ));
                }
                if !value.is_none() {
                    return Err(
                        self.runtime_error("can't send non-None value to a just-started coroutine")
                    );
                }
                set_phase(AwaitPhase::Iter);
                self.async_gen_flags(&gen, |f| f.running_async = true);
                match throw {
                    None => {
                        self.async_gen_flags(&gen, |f| f.closed = true);
                        let exit =
                            PyErr(self.new_exception(&self.types().exc.generator_exit, vec![]));
                        let r = self.gen_throw(&gen, exit);
                        self.async_gen_close_step(&gen, o, r)
                    }
                    Some(e) => {
                        let r = self.gen_throw(&gen, e);
                        let r = self.async_gen_unwrap(&gen, o, r);
                        self.athrow_check(&gen, o, r, false)
                    }
                }
            }
            (_, None, Some(throw)) => {
                let r = self.gen_resume(&gen, value, None);
                match throw {
                    None => self.async_gen_close_step(&gen, o, r),
                    Some(_) => {
                        let r = self.async_gen_unwrap(&gen, o, r);
                        self.athrow_check(&gen, o, r, false)
                    }
                }
            }
            _ => Err(self.runtime_error("bad awaitable state")),
        }
    }

    /// A step of `aclose()`: the generator must not yield a value.
    fn async_gen_close_step(
        &self,
        gen: &PyRef,
        o: &PyRef,
        r: PyResult<SendResult>,
    ) -> PyResult<SendResult> {
        let r = match r {
            Ok(SendResult::Yield(v)) => {
                if let Some(Payload::AsyncGenWrapped(_)) = v.as_obj().map(|w| &w.payload) {
                    self.async_gen_flags(gen, |f| f.running_async = false);
                    self.set_await_phase(o, AwaitPhase::Closed);
                    return Err(self.runtime_error("async generator ignored GeneratorExit"));
                }
                return Ok(SendResult::Yield(v));
            }
            Ok(SendResult::Return(_)) => Err(PyErr(
                self.new_exception(&self.types().exc.stop_async_iteration, vec![]),
            )),
            Err(e) => Err(e),
        };
        self.athrow_check(gen, o, r, true)
    }

    /// The end of an athrow/aclose step that raised: StopAsyncIteration and GeneratorExit
    /// mean the generator closed (for `aclose()`, a plain `StopIteration`).
    fn athrow_check(
        &self,
        gen: &PyRef,
        o: &PyRef,
        r: PyResult<SendResult>,
        closing: bool,
    ) -> PyResult<SendResult> {
        let Err(e) = r else {
            return r;
        };
        self.async_gen_flags(gen, |f| f.running_async = false);
        self.set_await_phase(o, AwaitPhase::Closed);
        let exc = &self.types().exc;
        if closing
            && (self.err_matches(&e, &exc.stop_async_iteration)
                || self.err_matches(&e, &exc.generator_exit))
        {
            return Ok(SendResult::Return(Value::None));
        }
        Err(e)
    }

    /// CPython's `async_gen_unwrap_value`: a wrapped yield ends the awaitable with the
    /// value, the generator's end is `StopAsyncIteration`, anything else passes through.
    fn async_gen_unwrap(
        &self,
        gen: &PyRef,
        o: &PyRef,
        r: PyResult<SendResult>,
    ) -> PyResult<SendResult> {
        let exc = &self.types().exc;
        match r {
            Ok(SendResult::Yield(v)) => {
                if let Some(Payload::AsyncGenWrapped(inner)) = v.as_obj().map(|w| &w.payload) {
                    self.async_gen_flags(gen, |f| f.running_async = false);
                    self.set_await_phase(o, AwaitPhase::Closed);
                    return Ok(SendResult::Return(inner.clone()));
                }
                Ok(SendResult::Yield(v))
            }
            Ok(SendResult::Return(_)) => {
                self.async_gen_flags(gen, |f| {
                    f.closed = true;
                    f.running_async = false
                });
                self.set_await_phase(o, AwaitPhase::Closed);
                Err(PyErr(self.new_exception(&exc.stop_async_iteration, vec![])))
            }
            Err(e) => {
                let closed = self.err_matches(&e, &exc.stop_async_iteration)
                    || self.err_matches(&e, &exc.generator_exit);
                self.async_gen_flags(gen, |f| {
                    f.running_async = false;
                    if closed {
                        f.closed = true;
                    }
                });
                self.set_await_phase(o, AwaitPhase::Closed);
                Err(e)
            }
        }
    }

    fn async_gen_flags(&self, gen: &PyRef, f: impl FnOnce(&mut AsyncGenFlags)) {
        if let Payload::Generator(g) = &gen.payload {
            if let Ok(mut g) = g.try_borrow_mut() {
                f(&mut g.agen);
            }
        }
    }

    fn set_await_phase(&self, o: &PyRef, p: AwaitPhase) {
        if let Payload::Awaitable(a) = &o.payload {
            a.borrow_mut().phase = p;
        }
    }

    /// `awaitable.throw(exc)`.
    pub fn await_throw(&self, o: &PyRef, exc: PyErr) -> PyResult<SendResult> {
        let Payload::Awaitable(cell) = &o.payload else {
            return Err(self.type_error("not an awaitable"));
        };
        let (gen, is_wrapper, phase, is_send) = {
            let st = cell.borrow();
            (
                st.gen.clone(),
                matches!(st.kind, AwaitKind::Wrapper),
                st.phase,
                matches!(st.kind, AwaitKind::ASend(_)),
            )
        };
        if is_wrapper {
            return self.gen_throw(&gen, exc);
        }
        if phase == AwaitPhase::Closed {
            return Err(self.runtime_error(if is_send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        let r = self.gen_throw(&gen, exc);
        let closing = matches!(cell.borrow().kind, AwaitKind::AThrow(None));
        if closing {
            return self.async_gen_close_step(&gen, o, r);
        }
        let r = self.async_gen_unwrap(&gen, o, r);
        if is_send {
            r
        } else {
            self.athrow_check(&gen, o, r, false)
        }
    }

    /// `awaitable.close()`.
    pub fn await_close(&self, o: &PyRef) -> PyResult<Value> {
        let Payload::Awaitable(cell) = &o.payload else {
            return Ok(Value::None);
        };
        let (gen, is_wrapper) = {
            let st = cell.borrow();
            (st.gen.clone(), matches!(st.kind, AwaitKind::Wrapper))
        };
        if is_wrapper {
            return self.gen_close(&gen);
        }
        cell.borrow_mut().phase = AwaitPhase::Closed;
        Ok(Value::None)
    }
}
