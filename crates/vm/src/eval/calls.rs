//! Calls, function creation, imports and the interactive `PRINT_EXPR`.

use std::cell::RefCell;

use crate::frame::Frame;
use crate::object::{Payload, PyObject};
use crate::types::function::{Args, Function};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `CALL n`: the stack holds `[NULL, callable, args...]` or `[method, self, args...]`;
/// keyword names come from the preceding `KW_NAMES`. Kept out of the evaluation loop's
/// body: inlined there, its size costs every other instruction registers.
#[inline(never)]
pub fn call(vm: &Vm, f: &mut Frame, n: usize) -> PyResult<()> {
    let kwnames = f.kwnames.take();
    let len = f.stack.len();
    if len < n + 2 {
        return Err(vm.new_error(&vm.types().exc.system_error, "CALL: stack underflow"));
    }
    let base = len - n - 2;
    let is_method = !vm.is_null(&f.stack[base]);
    let kw: &[Value] = kwnames.as_ref().and_then(|k| k.as_tuple()).unwrap_or(&[]);
    if kw.is_empty() {
        if let Some(r) = call_python_positional(vm, f, base, n, is_method) {
            return r;
        }
    }
    if !is_method {
        if let Some(r) = frame_aware_call(vm, f, base + 1, n, kw)? {
            f.stack.truncate(base);
            f.push(r);
            return Ok(());
        }
    }
    let result = if is_method {
        let callable = f.stack[base].clone();
        vm.call(
            &callable,
            Args {
                values: &f.stack[base + 1..],
                kwnames: kw,
            },
        )
    } else {
        let callable = f.stack[base + 1].clone();
        vm.call(
            &callable,
            Args {
                values: &f.stack[base + 2..],
                kwnames: kw,
            },
        )
    };
    f.stack.truncate(base);
    f.push(result?);
    Ok(())
}

/// CPython's `CALL_PY_EXACT_ARGS` and `CALL_PY_WITH_DEFAULTS`: a Python function (not a
/// generator) called with positional arguments only, no more than its positional
/// parameters, and defaults for the rest. The arguments move from the caller's stack into
/// the new frame's slots, without the general binding or a copy of the argument list.
/// `None`: not this case (nothing was done).
#[inline]
fn call_python_positional(
    vm: &Vm,
    f: &mut Frame,
    base: usize,
    n: usize,
    is_method: bool,
) -> Option<PyResult<()>> {
    // `[NULL, function, args...]` or `[function, self, args...]`.
    let at = base + usize::from(!is_method);
    let nargs = n + usize::from(is_method);
    let Value::Obj(fobj) = &f.stack[at] else {
        return None;
    };
    let Payload::Function(func) = &fobj.payload else {
        return None;
    };
    let code = &func.code;
    if !crate::ops::call::simple_positional(code) || nargs > code.argcount {
        return None;
    }
    let mut frame = if nargs == code.argcount {
        Frame::new(
            code.clone(),
            func.globals.clone(),
            func.builtins.clone(),
            None,
        )
    } else {
        let defaults = func.defaults.borrow();
        let defaults = defaults.as_ref().and_then(|d| d.as_tuple()).unwrap_or(&[]);
        let missing = code.argcount - nargs;
        if defaults.len() < missing {
            return None;
        }
        let mut frame = Frame::new(
            code.clone(),
            func.globals.clone(),
            func.builtins.clone(),
            None,
        );
        let slots = frame.fast[nargs..code.argcount].iter_mut();
        for (slot, v) in slots.zip(&defaults[defaults.len() - missing..]) {
            *slot = Some(v.clone());
        }
        frame
    };
    frame.closure = func.closure.clone();
    for (slot, v) in frame.fast.iter_mut().zip(f.stack.drain(at + 1..)) {
        *slot = Some(v);
    }
    f.stack.truncate(base);
    Some(vm.run_function_frame(&mut frame).map(|v| f.push(v)))
}

/// Gives the built-ins that read their caller's frame what they need: zero-argument
/// `super()` becomes `super(__class__, <first argument>)`, and `locals()`, `vars()` and
/// `dir()` get a snapshot of a function's fast locals.
fn frame_aware_call(
    vm: &Vm,
    f: &mut Frame,
    at: usize,
    n: usize,
    kw: &[Value],
) -> PyResult<Option<Value>> {
    let callable = f.stack[at].clone();
    match callable.as_obj().map(|o| &o.payload) {
        Some(Payload::Type(_))
            if n == 0
                && kw.is_empty()
                && callable
                    .as_obj()
                    .is_some_and(|o| std::rc::Rc::ptr_eq(o, &vm.types().super_)) =>
        {
            let (cls, obj) = zero_arg_super(vm, f)?;
            vm.call(&callable, Args::positional(&[cls, obj])).map(Some)
        }
        Some(Payload::Builtin(b))
            if b.module == Some("builtins")
                && matches!(b.name, "locals" | "vars" | "dir" | "eval" | "exec") =>
        {
            // A snapshot for this one call: cleared afterwards, so a later call that does
            // not consume it (`vars(obj)`) cannot leave it to someone else's `locals()`.
            *vm.frame_locals.borrow_mut() = match f.locals {
                None => Some(fast_locals(vm, f)?),
                Some(_) => None,
            };
            let r = vm.call(
                &callable,
                Args {
                    values: &f.stack[at + 1..at + 1 + n],
                    kwnames: kw,
                },
            );
            vm.frame_locals.borrow_mut().take();
            r.map(Some)
        }
        _ => Ok(None),
    }
}

/// The class and the first argument for `super()` from the running frame.
fn zero_arg_super(vm: &Vm, f: &Frame) -> PyResult<(Value, Value)> {
    if f.code.argcount == 0 && f.code.flags & crate::code::CO_VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let mut first = f.fast.first().cloned().flatten();
    if let (Some(Value::Obj(c)), Some(kind)) = (first.clone(), f.code.localsplus_kinds.first()) {
        if crate::code::is_cell_kind(*kind) {
            if let Payload::Cell(cell) = &c.payload {
                first = cell.borrow().clone();
            }
        }
    }
    let Some(first) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    for (i, name) in f.code.localsplus_names.iter().enumerate() {
        if name.as_str().is_some_and(|s| s.as_str() == "__class__")
            && f.code.localsplus_kinds[i] & bytecode::code::CO_FAST_FREE != 0
        {
            if let Some(Value::Obj(cell)) = &f.fast[i] {
                if let Payload::Cell(c) = &cell.payload {
                    return match c.borrow().clone() {
                        Some(cls) if cls.as_obj().is_some_and(|o| o.as_type().is_some()) => {
                            Ok((cls, first))
                        }
                        _ => Err(vm.runtime_error("super(): empty __class__ cell")),
                    };
                }
            }
        }
    }
    Err(vm.runtime_error("super(): __class__ cell not found"))
}

/// A dict of a function frame's bound fast locals (cells read through), as `locals()`.
pub fn fast_locals(vm: &Vm, f: &Frame) -> PyResult<crate::value::PyRef> {
    let d = vm.new_dict();
    for (i, name) in f.code.localsplus_names.iter().enumerate() {
        let Some(v) = f.fast.get(i).cloned().flatten() else {
            continue;
        };
        let v = if crate::code::is_cell_kind(f.code.localsplus_kinds[i]) {
            match &v {
                Value::Obj(c) => match &c.payload {
                    Payload::Cell(cell) => match cell.borrow().clone() {
                        Some(x) => x,
                        None => continue,
                    },
                    _ => v.clone(),
                },
                _ => v.clone(),
            }
        } else {
            v
        };
        vm.dict_set(&d, Value::Obj(name.clone()), v)?;
    }
    Ok(d)
}

/// `CALL_FUNCTION_EX`: `f(*args, **kwargs)` with a tuple and (if flag 1) a dict.
pub fn call_function_ex(vm: &Vm, f: &mut Frame, flags: usize) -> PyResult<()> {
    let kwargs = if flags & 1 != 0 { Some(f.pop()) } else { None };
    let args = f.pop();
    let callable = f.pop();
    let _null = f.pop();
    let mut values = match args.as_obj().and_then(|o| o.as_tuple()) {
        Some(t) => t.to_vec(),
        None => vm.collect(&args).map_err(|e| {
            // Only a TypeError from an object that is not iterable at all is reworded; an
            // error raised while iterating (inside a generator) propagates as it is.
            let cls = vm.type_of(&args);
            let iterable = crate::types::typeobj::lookup_str(vm, cls, "__iter__")
                .is_some_and(|v| !v.is_none())
                || crate::types::typeobj::lookup_str(vm, cls, "__getitem__").is_some();
            if iterable || !vm.err_matches(&e, &vm.types().exc.type_error) {
                return e;
            }
            vm.type_error(format!(
                "{} argument after * must be an iterable, not {}",
                vm.callable_description(&callable),
                vm.type_name(&args)
            ))
        })?,
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        for (k, v) in vm.mapping_items(&kw)? {
            names.push(k);
            values.push(v);
        }
    }
    let r = vm.call(
        &callable,
        Args {
            values: &values,
            kwnames: &names,
        },
    )?;
    f.push(r);
    Ok(())
}

/// `MAKE_FUNCTION flags`: code on top; below it, by flag, closure, annotations,
/// kw-defaults and defaults.
pub fn make_function(vm: &Vm, f: &mut Frame, flags: usize) -> PyResult<()> {
    let code_v = f.pop();
    let code = match code_v.as_obj().map(|o| &o.payload) {
        Some(Payload::Code(c)) => c.clone(),
        _ => return Err(vm.type_error("MAKE_FUNCTION expects a code object")),
    };
    let closure = if flags & 0x08 != 0 {
        f.pop().as_obj().cloned()
    } else {
        None
    };
    let annotations = if flags & 0x04 != 0 {
        Some(f.pop())
    } else {
        None
    };
    let kwdefaults = if flags & 0x02 != 0 {
        f.pop().as_obj().cloned()
    } else {
        None
    };
    let defaults = if flags & 0x01 != 0 {
        f.pop().as_obj().cloned()
    } else {
        None
    };
    let doc = match code.consts.first() {
        Some(v @ Value::Obj(o)) if o.as_str().is_some() => v.clone(),
        _ => Value::None,
    };
    let module = vm
        .dict_get_str(&f.globals, "__name__")?
        .unwrap_or(Value::None);
    let func = Function {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        annotations: RefCell::new(annotations),
        module: RefCell::new(module),
    };
    f.push(Value::Obj(PyObject::with_dict(
        vm.types().function.clone(),
        Payload::Function(Box::new(func)),
        vm.new_dict(),
    )));
    Ok(())
}

pub fn import_name(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let fromlist = f.pop();
    let level = f.pop();
    let name = f.code.names.get(a).cloned();
    let Some(name) = name else {
        return Err(vm.type_error("IMPORT_NAME: bad name index"));
    };
    let level = match level {
        Value::Int(i) => i,
        _ => 0,
    };
    let m = vm.import(
        name.as_str().map(|s| s.as_str()).unwrap_or(""),
        &f.globals,
        &fromlist,
        level,
    )?;
    f.push(m);
    Ok(())
}

pub fn import_from(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let module = f.top().clone();
    let name = f.code.names.get(a).cloned();
    let Some(name) = name else {
        return Err(vm.type_error("IMPORT_FROM: bad name index"));
    };
    let v = vm.import_from(&module, &name)?;
    f.push(v);
    Ok(())
}

pub fn import_star(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let module = f.pop();
    let Some(locals) = f.locals.clone() else {
        return Err(vm.new_error(
            &vm.types().exc.system_error,
            "no locals found during 'import *'",
        ));
    };
    vm.import_star(&module, &locals)
}

/// `PRINT_EXPR` (interactive mode): `sys.displayhook(value)`.
pub fn print_expr(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let v = f.pop();
    if !v.is_none() {
        let text = vm.repr(&v)?;
        vm.write_stdout(&text);
        vm.write_stdout("\n");
        if let Some(b) = vm
            .interp
            .builtins
            .borrow()
            .as_ref()
            .and_then(|m| m.dict.clone())
        {
            vm.dict_set_str(&b, "_", v);
        }
    }
    Ok(())
}

/// Runs a generator function's prologue as CPython does when it is called: `MAKE_CELL` and
/// `COPY_FREE_VARS` (a generator expression that closes over variables starts with them),
/// up to and including `RETURN_GENERATOR`, so the generator's first resumption begins
/// after it.
pub fn generator_prologue(vm: &Vm, f: &mut Frame) {
    use bytecode::opcode::Opcode as Op;
    let code = f.code.clone();
    let mut i = 0;
    while let (Some(&op), Some(&arg)) = (code.code.get(2 * i), code.code.get(2 * i + 1)) {
        i += 1 + bytecode::opcode::cache_entries(op) as usize;
        match Op::from_byte(op) {
            Some(Op::MAKE_CELL) => super::names::make_cell(vm, f, arg as usize),
            Some(Op::COPY_FREE_VARS) => super::names::copy_free_vars(f, arg as usize),
            Some(Op::RETURN_GENERATOR) => break,
            Some(Op::NOP | Op::RESUME | Op::CACHE) => {}
            _ => {
                // Not a prologue instruction: start here.
                i -= 1 + bytecode::opcode::cache_entries(op) as usize;
                break;
            }
        }
    }
    f.next = i;
}
