//! Iteration: `iter()`, `next()` on the built-in iterators and on objects with
//! `__iter__`/`__next__`, collecting and unpacking, and generators (`send`, `throw`,
//! `close`, with `yield from` delegation as CPython 3.11 does it).

use std::cell::RefCell;

use crate::eval::{self, Exit};
use crate::object::{Payload, PyObject};
use crate::ops::number::user_method;
use crate::types::iter::{DictPart, IterState};
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// What a `send` into a generator or iterator produced.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// `zip(strict=True)` when iterator `i` is exhausted: the error if the others are not
/// exhausted together with it.
fn zip_strict_end(vm: &Vm, iters: &[Value], i: usize) -> PyResult<()> {
    let others = |n: usize| {
        if n == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{n}")
        }
    };
    if i > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{}",
            i + 1,
            others(i)
        )));
    }
    for (j, it) in iters.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                others(j)
            )));
        }
    }
    Ok(())
}

impl Vm {
    /// A built-in iterator object.
    pub fn new_iter(&self, state: IterState) -> Value {
        let class = self
            .types()
            .iters
            .class_for(&state)
            .unwrap_or(&self.types().iterator)
            .clone();
        Value::Obj(PyObject::new(class, Payload::Iter(RefCell::new(state))))
    }

    /// Whether `iter(v)` would succeed (without calling it).
    pub fn is_iterable(&self, v: &Value) -> bool {
        let Value::Obj(o) = v else { return false };
        match &o.payload {
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
            | Payload::Iter(_)
            | Payload::DictView { .. }
            | Payload::Awaitable(_) => true,
            Payload::Generator(_) => self.is_plain_generator(o),
            _ => {
                let cls = o.class().clone();
                user_method(self, &cls, "__iter__").is_some()
                    || user_method(self, &cls, "__getitem__").is_some()
            }
        }
    }

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        let not_iterable =
            || self.type_error(format!("'{}' object is not iterable", self.type_name(v)));
        let Value::Obj(o) = v else {
            return Err(not_iterable());
        };
        let cls = o.class().clone();
        if let Some(m) = user_method(self, &cls, "__iter__") {
            let it = self.call_method_value(&m, v, &[])?;
            if !self.is_iterator(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if let Some(it) = self.native_iter(v)? {
            return Ok(it);
        }
        if user_method(self, &cls, "__getitem__").is_some() {
            return Ok(self.new_iter(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        Err(not_iterable())
    }

    /// The built-in iterator of a built-in iterable (`list.__iter__(x)` and kin, which
    /// ignore a subclass's own `__iter__`), or `None` for other objects.
    pub fn native_iter(&self, v: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = v else {
            return Ok(None);
        };
        let state = match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_) => IterState::Seq {
                seq: o.clone(),
                index: 0,
            },
            Payload::Range(r) => IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            },
            // Beyond i64: element by element through indexing, which handles big ints.
            Payload::BigRange(_) => IterState::GetItem {
                obj: v.clone(),
                index: 0,
            },
            Payload::Dict(d) => IterState::Dict {
                dict: o.clone(),
                pos: 0,
                len: d.borrow().len(),
                part: DictPart::Keys,
            },
            Payload::Set(s) => IterState::Set {
                set: o.clone(),
                pos: 0,
                len: s.borrow().len(),
            },
            Payload::FrozenSet(s) => IterState::Set {
                set: o.clone(),
                pos: 0,
                len: s.len(),
            },
            Payload::DictView { dict, part } => IterState::Dict {
                dict: dict.clone(),
                pos: 0,
                len: dict.as_dict().map_or(0, |d| d.borrow().len()),
                part: *part,
            },
            Payload::Iter(_) | Payload::Awaitable(_) => return Ok(Some(v.clone())),
            Payload::Generator(_) if self.is_plain_generator(o) => return Ok(Some(v.clone())),
            _ => return Ok(None),
        };
        Ok(Some(self.new_iter(state)))
    }

    /// Whether `v` has `__next__`.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v.as_obj() {
            Some(o) => match &o.payload {
                Payload::Iter(_) => true,
                Payload::Generator(_) => self.is_plain_generator(o),
                Payload::Awaitable(_) => true,
                _ => user_method(self, &o.class().clone(), "__next__").is_some(),
            },
            None => false,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted (no StopIteration object is made).
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match &o.payload {
            Payload::Iter(state) => self.builtin_next(o, state),
            Payload::Generator(_) if self.is_plain_generator(o) => {
                match self.gen_resume(o, Value::None, None)? {
                    SendResult::Yield(v) => Ok(Some(v)),
                    SendResult::Return(_) => Ok(None),
                }
            }
            Payload::Awaitable(_) => match self.await_send(o, Value::None) {
                Ok(SendResult::Yield(v)) => Ok(Some(v)),
                Ok(SendResult::Return(v)) if v.is_none() => Ok(None),
                Ok(SendResult::Return(v)) => Err(self.stop_iteration(v)),
                Err(e) => Err(e),
            },
            _ => {
                let cls = o.class().clone();
                let Some(m) = user_method(self, &cls, "__next__") else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call_method_value(&m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.types().exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn builtin_next(&self, o: &PyRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let i = *index;
                let v = match &seq.payload {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    Payload::Tuple(t) => t.get(i).cloned(),
                    Payload::Str(s) => {
                        // `index` counts bytes for str iterators: O(1) per step.
                        let text = s.as_str();
                        match text[i.min(text.len())..].chars().next() {
                            Some(c) => {
                                *index += c.len_utf8();
                                return Ok(Some(self.new_char(c)));
                            }
                            None => None,
                        }
                    }
                    Payload::Bytes(b) => b.get(i).map(|b| Value::Int(*b as i64)),
                    Payload::ByteArray(b) => b.borrow().get(i).map(|b| Value::Int(*b as i64)),
                    _ => None,
                };
                match v {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::Dict {
                dict,
                pos,
                len,
                part,
            } => {
                let Some(d) = dict.as_dict() else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                match d.entry_from(*pos) {
                    Some((next, e)) => {
                        *pos = next;
                        let v = match part {
                            DictPart::Keys => e.key.clone(),
                            DictPart::Values => e.value.clone(),
                            DictPart::Items => {
                                let (k, v) = (e.key.clone(), e.value.clone());
                                drop(d);
                                return Ok(Some(self.new_tuple(vec![k, v])));
                            }
                        };
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                let step = |t: &crate::set::SetTable, pos: &mut usize| {
                    t.entry_from(*pos).map(|(n, v)| {
                        *pos = n;
                        v.clone()
                    })
                };
                let (cur_len, v) = match &set.payload {
                    Payload::Set(s) => {
                        let s = s.borrow();
                        (s.len(), step(&s, pos))
                    }
                    Payload::FrozenSet(s) => (s.len(), step(s, pos)),
                    _ => (0, None),
                };
                if cur_len != *len {
                    *len = usize::MAX;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                Ok(v)
            }
            IterState::Enumerate { inner, count } => {
                let inner = inner.clone();
                let c = *count;
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                            *count += 1;
                        }
                        Ok(Some(self.new_tuple(vec![Value::Int(c), v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                if iters.is_empty() {
                    return Ok(None);
                }
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None if strict => return zip_strict_end(self, &iters, i).map(|()| None),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(st);
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_positional(&func, &args).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_positional(&func, std::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let (seq, i) = (seq.clone(), *index);
                drop(st);
                match self.getitem(&seq, &Value::Int(i as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.types().exc.index_error) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::GetItem { obj, index } => {
                let (obj, i) = (obj.clone(), *index);
                *index += 1;
                drop(st);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e)
                        if self.err_matches(&e, &self.types().exc.index_error)
                            || self.err_matches(&e, &self.types().exc.stop_iteration) =>
                    {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call_positional(&func, &[])?;
                if self.eq(&v, &sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::Exhausted => {
                let _ = o;
                Ok(None)
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            let exact = !crate::types::typeobj::data(o.class()).heap;
            if exact {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b, *c, d = seq`: `before` items, then (with `after`) a list of the middle and
    /// `after` items.
    pub fn unpack(&self, seq: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let items = if let Some(t) = seq.as_obj().and_then(|o| o.as_tuple()) {
            t.to_vec()
        } else if let (Some(Payload::List(l)), None) = (seq.as_obj().map(|o| &o.payload), after) {
            l.borrow().clone()
        } else if after.is_none() {
            // Stop after one extra item, as CPython does, so infinite iterators fail fast.
            let it = self.iter(seq)?;
            let mut out = Vec::with_capacity(before);
            while let Some(x) = self.next(&it)? {
                out.push(x);
                if out.len() > before {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
            }
            out
        } else {
            self.collect(seq)?
        };
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                if items.len() > before {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    );
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(self.new_list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// `SEND`: `receiver.send(value)` (or `next` for a `None` value and a plain iterator).
    pub fn send(&self, receiver: &Value, value: Value) -> PyResult<SendResult> {
        if let Some(o) = receiver.as_obj() {
            if let Payload::Generator(_) = &o.payload {
                return self.gen_resume(o, value, None);
            }
            if let Payload::Awaitable(_) = &o.payload {
                return self.await_send(o, value);
            }
        }
        if value.is_none() && self.is_iterator(receiver) {
            return match self.next_or_stop(receiver)? {
                Ok(v) => Ok(SendResult::Yield(v)),
                Err(r) => Ok(SendResult::Return(r)),
            };
        }
        let send = self.getattr_str(receiver, "send")?;
        match self.call_positional(&send, &[value]) {
            Ok(v) => Ok(SendResult::Yield(v)),
            Err(e) if self.err_matches(&e, &self.types().exc.stop_iteration) => {
                Ok(SendResult::Return(stop_value(self, &e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `next(it)`, with the return value of a finished generator or StopIteration.
    fn next_or_stop(&self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(Payload::Iter(_)) = it.as_obj().map(|o| &o.payload) {
            return Ok(self.next(it)?.ok_or(Value::None));
        }
        let cls = self.type_of(it).clone();
        let Some(m) = user_method(self, &cls, "__next__") else {
            return Ok(self.next(it)?.ok_or(Value::None));
        };
        match self.call_method_value(&m, it, &[]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.err_matches(&e, &self.types().exc.stop_iteration) => {
                Ok(Err(stop_value(self, &e)))
            }
            Err(e) => Err(e),
        }
    }

    /// Resumes a generator with a value (or an exception to throw in).
    pub fn gen_resume(
        &self,
        gen: &PyRef,
        value: Value,
        throw: Option<PyErr>,
    ) -> PyResult<SendResult> {
        let Payload::Generator(cell) = &gen.payload else {
            return Err(self.type_error("not a generator"));
        };
        let kind = self.gen_kind_name(gen);
        let (frame, exc_state) = {
            let mut st = cell.borrow_mut();
            if st.running {
                return Err(self.value_error(format!("{kind} already executing")));
            }
            if st.finished {
                drop(st);
                if let Some(e) = throw {
                    return Err(e);
                }
                if kind == "coroutine" {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                return Ok(SendResult::Return(Value::None));
            }
            let Some(frame) = st.frame.take() else {
                return Err(self.value_error(format!("{kind} already executing")));
            };
            if frame.lasti == 0 && frame.next <= 1 && !value.is_none() && throw.is_none() {
                st.frame = Some(frame);
                return Err(self.type_error(format!(
                    "can't send non-None value to a just-started {kind}"
                )));
            }
            st.running = true;
            (frame, std::mem::replace(&mut st.exc_state, Value::None))
        };
        let mut frame = frame;
        // The generator runs with its own handled exception; the caller's waits outside.
        let caller_exc = self.exc_info.replace(exc_state);
        self.exc_outer.borrow_mut().push(caller_exc);
        let r = match self.enter_call() {
            Err(e) => Err(e),
            Ok(()) => {
                let r = match throw {
                    None => {
                        frame.push(value);
                        eval::run_frame(self, &mut frame)
                    }
                    Some(err) => eval::resume_with_error(self, &mut frame, err),
                };
                self.leave_call();
                r
            }
        };
        let caller_exc = self.exc_outer.borrow_mut().pop().unwrap_or(Value::None);
        let inner_exc = self.exc_info.replace(caller_exc);
        let mut st = cell.borrow_mut();
        st.running = false;
        match r {
            Ok(Exit::Yield(v)) => {
                st.frame = Some(frame);
                st.exc_state = inner_exc;
                Ok(SendResult::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                st.finished = true;
                Ok(SendResult::Return(v))
            }
            Err(e) => {
                st.finished = true;
                drop(st);
                if self.err_matches(&e, &self.types().exc.stop_iteration) {
                    let err = self.runtime_error(format!("{kind} raised StopIteration"));
                    set_cause(&err, &e);
                    return Err(err);
                }
                if kind == "async generator"
                    && self.err_matches(&e, &self.types().exc.stop_async_iteration)
                {
                    let err = self.runtime_error(format!("{kind} raised StopAsyncIteration"));
                    set_cause(&err, &e);
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// `gen.throw(exc)`, delegating to a sub-iterator the generator is suspended in.
    pub fn gen_throw(&self, gen: &PyRef, exc: PyErr) -> PyResult<SendResult> {
        if let Some(sub) = self.gen_delegate(gen) {
            let is_exit = self.err_matches(&exc, &self.types().exc.generator_exit);
            let r = if is_exit {
                self.close_iter(&sub).map(|_| None)
            } else if let Some(o) = sub
                .as_obj()
                .filter(|o| matches!(o.payload, Payload::Generator(_)))
            {
                self.gen_throw(o, exc.clone()).map(Some)
            } else {
                match self.getattr_opt(&sub, "throw")? {
                    Some(t) => match self.call_positional(&t, &[Value::Obj(exc.0.clone())]) {
                        Ok(v) => Ok(Some(SendResult::Yield(v))),
                        Err(e) if self.err_matches(&e, &self.types().exc.stop_iteration) => {
                            Ok(Some(SendResult::Return(stop_value(self, &e))))
                        }
                        Err(e) => Err(e),
                    },
                    None => return self.gen_resume(gen, Value::None, Some(exc)),
                }
            };
            return match r {
                Ok(Some(SendResult::Yield(v))) => Ok(SendResult::Yield(v)),
                Ok(Some(SendResult::Return(v))) => {
                    // The sub-iterator finished: the generator continues after its
                    // `yield from` with the return value.
                    self.gen_finish_delegation(gen, v)
                }
                Ok(None) => self.gen_resume(gen, Value::None, Some(exc)),
                Err(e) => self.gen_resume(gen, Value::None, Some(e)),
            };
        }
        self.gen_resume(gen, Value::None, Some(exc))
    }

    /// The sub-iterator of a generator suspended in `yield from` / `await` (3.11's
    /// `_PyGen_yf`: the next instruction is `RESUME` with oparg >= 2).
    pub(crate) fn gen_delegate(&self, gen: &PyRef) -> Option<Value> {
        let Payload::Generator(cell) = &gen.payload else {
            return None;
        };
        let st = cell.borrow();
        let f = st.frame.as_ref()?;
        if f.lasti == 0 && f.next <= 1 {
            return None;
        }
        let op = *f.code.code.get(2 * f.next)?;
        let arg = *f.code.code.get(2 * f.next + 1)?;
        if op != bytecode::opcode::Opcode::RESUME as u8 || arg < 2 {
            return None;
        }
        f.stack.last().cloned()
    }

    /// Ends a `yield from` whose sub-iterator returned `v` during a throw: pops the
    /// sub-iterator and continues at the target of the `SEND` before the suspending
    /// `YIELD_VALUE` with `v` pushed, as CPython 3.11's `gen_throw` does.
    fn gen_finish_delegation(&self, gen: &PyRef, v: Value) -> PyResult<SendResult> {
        let Payload::Generator(cell) = &gen.payload else {
            return Err(self.type_error("not a generator"));
        };
        {
            let mut st = cell.borrow_mut();
            let Some(f) = st.frame.as_mut() else {
                return Err(self.value_error("generator already executing"));
            };
            f.stack.pop();
            let send_arg = f
                .lasti
                .checked_sub(1)
                .and_then(|i| f.code.code.get(2 * i + 1))
                .copied()
                .unwrap_or(0) as usize;
            f.next = f.lasti + send_arg;
        }
        self.gen_resume(gen, v, None)
    }

    /// `gen.close()`.
    pub fn gen_close(&self, gen: &PyRef) -> PyResult<Value> {
        let Payload::Generator(cell) = &gen.payload else {
            return Ok(Value::None);
        };
        {
            let st = cell.borrow();
            if st.finished {
                return Ok(Value::None);
            }
            if st
                .frame
                .as_ref()
                .is_some_and(|f| f.lasti == 0 && f.next <= 1)
            {
                drop(st);
                let mut st = cell.borrow_mut();
                st.finished = true;
                st.frame = None;
                return Ok(Value::None);
            }
        }
        let exit = PyErr(self.new_exception(&self.types().exc.generator_exit, vec![]));
        match self.gen_throw(gen, exit) {
            Ok(SendResult::Yield(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(SendResult::Return(_)) => Ok(Value::None),
            Err(e)
                if self.err_matches(&e, &self.types().exc.generator_exit)
                    || self.err_matches(&e, &self.types().exc.stop_iteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// Closes a sub-iterator on GeneratorExit (its `close` method, if any).
    fn close_iter(&self, it: &Value) -> PyResult<()> {
        if let Some(o) = it.as_obj() {
            if let Payload::Generator(_) = &o.payload {
                self.gen_close(o)?;
                return Ok(());
            }
        }
        if let Some(close) = self.getattr_opt(it, "close")? {
            self.call_positional(&close, &[])?;
        }
        Ok(())
    }
}

/// `StopIteration.value` of a raised StopIteration.
pub fn stop_value(vm: &Vm, e: &PyErr) -> Value {
    match &e.0.payload {
        Payload::Exception(d) => d
            .borrow()
            .args
            .as_ref()
            .and_then(|a| {
                a.as_obj()
                    .and_then(|t| t.as_tuple())
                    .and_then(|t| t.first().cloned())
            })
            .unwrap_or(Value::None),
        _ => {
            let _ = vm;
            Value::None
        }
    }
}

/// `err.__cause__ = cause` (and its context), as CPython chains "generator raised
/// StopIteration".
fn set_cause(err: &PyErr, cause: &PyErr) {
    if let Payload::Exception(d) = &err.0.payload {
        let mut d = d.borrow_mut();
        d.cause = Some(Value::Obj(cause.0.clone()));
        d.context = Some(Value::Obj(cause.0.clone()));
        d.suppress_context = true;
    }
}
