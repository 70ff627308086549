//! Calling: Python functions (binding arguments to parameters with CPython's error
//! messages, then running or suspending the frame), built-ins, bound methods, classes and
//! objects with `__call__`.

use std::cell::RefCell;

use crate::code::{CO_VARARGS, CO_VARKEYWORDS};
use crate::eval::{run_frame, Exit};
use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::types::function::{Args, Function};
use crate::types::generator::GenState;
use crate::types::typeobj;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// A function's `__qualname__` for argument errors, read only when a message is built.
struct QualName<'a>(&'a Function);

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.qualname.borrow().as_str() {
            Some(s) => out.write_str(s.as_str()),
            None => Ok(()),
        }
    }
}

/// Runs `f` on `first` followed by `rest`, built on the stack for short argument lists
/// (bound-method and `__init__` calls prepend `self` on every call).
#[inline]
fn with_prepended<R>(first: &Value, rest: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    match rest {
        [] => f(std::slice::from_ref(first)),
        [a] => f(&[first.clone(), a.clone()]),
        [a, b] => f(&[first.clone(), a.clone(), b.clone()]),
        [a, b, c] => f(&[first.clone(), a.clone(), b.clone(), c.clone()]),
        _ => {
            let mut values = Vec::with_capacity(rest.len() + 1);
            values.push(first.clone());
            values.extend_from_slice(rest);
            f(&values)
        }
    }
}

/// Whether calls of `code` can fill its frame's parameter slots straight from positional
/// arguments: no `*args`, `**kwargs` or keyword-only parameters, and not a generator.
#[inline]
pub(crate) fn simple_positional(code: &crate::code::Code) -> bool {
    use crate::code::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
    const NOT_SIMPLE: i32 =
        CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
    code.flags & NOT_SIMPLE == 0 && code.kwonlyargcount == 0
}

impl Vm {
    /// `callable(first, *args, **kwargs)`.
    pub fn call_prepended(&self, callable: &Value, first: &Value, args: Args) -> PyResult<Value> {
        if let Value::Obj(o) = callable {
            if let Payload::Function(func) = &o.payload {
                if let Some(r) = self.call_with_self(func, first, args) {
                    return r;
                }
            }
        }
        with_prepended(first, args.values, |values| {
            self.call(
                callable,
                Args {
                    values,
                    kwnames: args.kwnames,
                },
            )
        })
    }

    /// `callable(*args, **kwargs)`.
    pub fn call(&self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match &o.payload {
            Payload::Function(f) => self.call_function(o, f, args),
            Payload::Builtin(b) => match &b.self_ {
                None => (b.func)(self, args),
                Some(s) => with_prepended(s, args.values, |values| {
                    (b.func)(
                        self,
                        Args {
                            values,
                            kwnames: args.kwnames,
                        },
                    )
                }),
            },
            Payload::Method { func, self_ } => self.call_prepended(func, self_, args),
            Payload::Type(_) => self.call_type(o, args),
            // `list[int]("ab")` builds a `list`.
            Payload::GenericAlias { origin, .. } => self.call_type(origin, args),
            _ => {
                let cls = o.class().clone();
                match typeobj::lookup_str(self, &cls, "__call__") {
                    Some(f) => self.call_prepended(&f, callable, args),
                    None => Err(self.not_callable(callable)),
                }
            }
        }
    }

    fn not_callable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// `f(*args)` with positional arguments only.
    pub fn call_positional(&self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(f, Args::positional(args))
    }

    /// Calls a class attribute `m` (unbound) with `self_` first.
    pub fn call_method_value(&self, m: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
        match m.as_obj().map(|o| &o.payload) {
            Some(Payload::StaticMethod(f)) => self.call_positional(f, args),
            Some(Payload::ClassMethod(f)) => {
                let cls = Value::Obj(self.type_of(self_).clone());
                self.call_prepended(f, &cls, Args::positional(args))
            }
            _ => self.call_prepended(m, self_, Args::positional(args)),
        }
    }

    /// Calls the special method `name` of `obj`'s type, if it has one.
    pub fn call_special(&self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj).clone();
        match typeobj::lookup_str(self, &cls, name) {
            Some(m) => self.call_method_value(&m, obj, args).map(Some),
            None => Ok(None),
        }
    }

    /// `cls(*args)`: `type(x)`, a metaclass's `__call__`, else `__new__` then `__init__`.
    fn call_type(&self, cls: &PyRef, args: Args) -> PyResult<Value> {
        if std::rc::Rc::ptr_eq(cls, &self.types().type_)
            && args.values.len() == 1
            && !args.has_kwargs()
        {
            return Ok(Value::Obj(self.type_of(&args.values[0]).clone()));
        }
        let meta = cls.class().clone();
        if let Some(call) = crate::ops::number::user_method(self, &meta, "__call__") {
            let mut values = Vec::with_capacity(args.values.len() + 1);
            values.push(Value::Obj(cls.clone()));
            values.extend_from_slice(args.values);
            return self.call(
                &call,
                Args {
                    values: &values,
                    kwnames: args.kwnames,
                },
            );
        }
        self.instantiate(cls, args)
    }

    /// Calls a Python function: binds the arguments, then runs the frame (or returns a
    /// generator for generator functions).
    fn call_function(&self, fobj: &PyRef, func: &Function, args: Args) -> PyResult<Value> {
        let code = func.code.clone();
        let mut frame = Frame::new(
            code.clone(),
            func.globals.clone(),
            func.builtins.clone(),
            None,
        );
        frame.closure = func.closure.clone();
        self.bind_arguments(func, &mut frame.fast, args)?;
        if code.is_generator_like() {
            return Ok(self.new_generator(func, frame));
        }
        let _ = fobj;
        self.run_function_frame(&mut frame)
    }

    /// Runs the frame of a Python function call (not a generator) whose arguments are bound,
    /// one level deeper.
    #[inline]
    pub(crate) fn run_function_frame(&self, frame: &mut Frame) -> PyResult<Value> {
        self.enter_call()?;
        let r = run_frame(self, frame);
        self.leave_call();
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(v) => Ok(v),
        }
    }

    /// A Python function called with `first` and positional `args` filling exactly its
    /// positional parameters — a bound method, `__init__`, an operator method — run without
    /// building the prepended argument list. `None`: not this case (nothing was done).
    #[inline]
    fn call_with_self(
        &self,
        func: &Function,
        first: &Value,
        args: Args,
    ) -> Option<PyResult<Value>> {
        let code = &func.code;
        if !args.kwnames.is_empty()
            || !simple_positional(code)
            || args.values.len() + 1 != code.argcount
        {
            return None;
        }
        let mut frame = Frame::new(
            code.clone(),
            func.globals.clone(),
            func.builtins.clone(),
            None,
        );
        frame.closure = func.closure.clone();
        let values = std::iter::once(first).chain(args.values);
        for (slot, v) in frame.fast.iter_mut().zip(values) {
            *slot = Some(v.clone());
        }
        Some(self.run_function_frame(&mut frame))
    }

    /// A generator object for a frame that has not started. Its first resumption begins
    /// after `RETURN_GENERATOR`, which every generator code object starts with.
    fn new_generator(&self, func: &Function, mut frame: Frame) -> Value {
        // The first `send(None)` pushes the value the `POP_TOP` after `RETURN_GENERATOR`
        // discards.
        crate::eval::generator_prologue(self, &mut frame);
        let state = GenState {
            frame: Some(Box::new(frame)),
            running: false,
            finished: false,
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            code: func.code.clone(),
            exc_state: Value::None,
            agen: Default::default(),
        };
        let cls = if func.code.flags & crate::code::CO_COROUTINE != 0 {
            self.types().coroutine.clone()
        } else if func.code.flags & crate::code::CO_ASYNC_GENERATOR != 0 {
            self.types().async_generator.clone()
        } else {
            self.types().generator.clone()
        };
        Value::Obj(PyObject::new(cls, Payload::Generator(RefCell::new(state))))
    }

    /// Puts the call's arguments into the frame's parameter slots, with CPython's messages
    /// for every mismatch.
    fn bind_arguments(
        &self,
        func: &Function,
        fast: &mut [Option<Value>],
        args: Args,
    ) -> PyResult<()> {
        let code = &func.code;
        let pos = args.pos();
        // The common call: exactly the positional parameters, nothing else to bind.
        if args.kwnames.is_empty()
            && code.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
            && pos.len() == code.argcount
        {
            for (slot, v) in fast.iter_mut().zip(pos) {
                *slot = Some(v.clone());
            }
            return Ok(());
        }
        let qual = QualName(func);
        let nparams = code.argcount;
        let has_varargs = code.flags & CO_VARARGS != 0;
        let has_varkw = code.flags & CO_VARKEYWORDS != 0;
        let kwonly = code.kwonlyargcount;
        let param_is = |i: usize, name: &str| {
            code.localsplus_names
                .get(i)
                .and_then(|n| n.as_str())
                .is_some_and(|s| s.as_str() == name)
        };
        let param_name = |i: usize| -> String {
            code.localsplus_names
                .get(i)
                .and_then(|n| n.as_str())
                .map(|s| s.as_str().to_string())
                .unwrap_or_default()
        };
        // Positional parameters.
        for (i, v) in pos.iter().take(nparams).enumerate() {
            fast[i] = Some(v.clone());
        }
        let varargs_slot = nparams + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;
        if has_varargs {
            let extra = if pos.len() > nparams {
                pos[nparams..].to_vec()
            } else {
                Vec::new()
            };
            fast[varargs_slot] = Some(self.new_tuple(extra));
        } else if pos.len() > nparams {
            let defaults = func
                .defaults
                .borrow()
                .as_ref()
                .and_then(|d| d.as_tuple().map(|t| t.len()))
                .unwrap_or(0);
            let given_kw = args
                .kwargs()
                .filter(|(n, _)| (0..nparams + kwonly).any(|i| param_is(i, n)))
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    nparams - defaults,
                    nparams
                )
            } else {
                format!(
                    "{} positional argument{}",
                    nparams,
                    if nparams == 1 { "" } else { "s" }
                )
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    pos.len(),
                    if pos.len() == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else if pos.len() == 1 {
                "1 was given".to_string()
            } else {
                format!("{} were given", pos.len())
            };
            return Err(self.type_error(format!("{qual}() takes {takes} but {given}")));
        }
        let kwdict = if has_varkw {
            Some(self.new_dict())
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (name, v) in args.kwargs() {
            let slot = (code.posonlyargcount..nparams + kwonly).find(|&i| param_is(i, name));
            match slot {
                Some(i) => {
                    if fast[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    fast[i] = Some(v.clone());
                }
                None => match &kwdict {
                    Some(d) => self.dict_set(d, self.new_str(name), v.clone())?,
                    None => {
                        if (0..code.posonlyargcount).any(|i| param_is(i, name)) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            fast[varkw_slot] = Some(Value::Obj(d));
        }
        // Defaults for missing positional parameters.
        let defaults_tuple = func.defaults.borrow().clone();
        let defaults: &[Value] = defaults_tuple
            .as_ref()
            .and_then(|d| d.as_tuple())
            .unwrap_or(&[]);
        let first_default = nparams.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in 0..nparams {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(param_name(i));
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
        // Keyword-only defaults.
        let kwdefaults = func.kwdefaults.borrow().clone();
        for (i, slot) in fast.iter_mut().enumerate().skip(nparams).take(kwonly) {
            if slot.is_none() {
                let default = match (&kwdefaults, code.localsplus_names.get(i)) {
                    (Some(d), Some(name)) => self.dict_get_name(d, name)?,
                    _ => None,
                };
                match default {
                    Some(v) => *slot = Some(v),
                    None => missing.push(param_name(i)),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
        Ok(())
    }
}
