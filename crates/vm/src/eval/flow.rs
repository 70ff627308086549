//! Control flow: jumps, iteration, raising and handling exceptions, `with`, generators.

use crate::frame::Frame;
use crate::object::Payload;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn swap(f: &mut Frame, n: usize) {
    let len = f.stack.len();
    if n >= 1 && n <= len {
        f.stack.swap(len - 1, len - n);
    }
}

pub fn jump_back(f: &mut Frame, a: usize) {
    f.next = f.next.saturating_sub(a);
}

fn jump(f: &mut Frame, a: usize, forward: bool) {
    if forward {
        f.next += a;
    } else {
        f.next = f.next.saturating_sub(a);
    }
}

pub fn pop_jump_if(vm: &Vm, f: &mut Frame, a: usize, when: bool, forward: bool) -> PyResult<()> {
    let v = f.pop();
    let t = match v {
        Value::Bool(b) => b,
        _ => vm.truthy(&v)?,
    };
    if t == when {
        jump(f, a, forward);
    }
    Ok(())
}

pub fn pop_jump_if_none(f: &mut Frame, a: usize, when_none: bool, forward: bool) {
    let v = f.pop();
    if v.is_none() == when_none {
        jump(f, a, forward);
    }
}

pub fn jump_or_pop(vm: &Vm, f: &mut Frame, a: usize, when: bool) -> PyResult<()> {
    let t = vm.truthy(f.top())?;
    if t == when {
        f.next += a;
    } else {
        f.pop();
    }
    Ok(())
}

pub fn get_iter(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let v = f.pop();
    let it = vm.iter(&v)?;
    f.push(it);
    Ok(())
}

pub fn get_yield_from_iter(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let is_gen = matches!(
        f.top().as_obj().map(|o| &o.payload),
        Some(Payload::Generator(_))
    );
    if !is_gen {
        get_iter(vm, f)?;
    }
    Ok(())
}

pub fn for_iter(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    // A range iterator steps in place, without cloning it or dispatching.
    if let Some(Value::Obj(o)) = f.stack.last() {
        if let Payload::Iter(state) = &o.payload {
            let stepped = match &mut *state.borrow_mut() {
                crate::types::iter::IterState::Range {
                    next,
                    step,
                    remaining,
                } => Some((*remaining > 0).then(|| {
                    let v = *next;
                    *remaining -= 1;
                    *next = next.wrapping_add(*step);
                    Value::Int(v)
                })),
                _ => None,
            };
            match stepped {
                Some(Some(v)) => {
                    f.push(v);
                    return Ok(());
                }
                Some(None) => {
                    f.pop();
                    f.next += a;
                    return Ok(());
                }
                None => {}
            }
        }
    }
    let it = f.top().clone();
    match vm.next(&it)? {
        Some(v) => f.push(v),
        None => {
            f.pop();
            f.next += a;
        }
    }
    Ok(())
}

/// Makes an exception instance from what `raise` was given (a class is called).
fn make_exception(vm: &Vm, v: Value) -> PyResult<PyRef> {
    let base = &vm.types().exc.base_exception;
    if let Value::Obj(o) = &v {
        if let Payload::Type(_) = &o.payload {
            if crate::types::typeobj::is_subtype(o, base) {
                let inst = vm.call(&v, crate::types::function::Args::positional(&[]))?;
                return match inst {
                    Value::Obj(e) if vm.is_exception(&Value::Obj(e.clone())) => Ok(e),
                    other => Err(vm.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        vm.repr(&v)?,
                        vm.type_name(&other)
                    ))),
                };
            }
        } else if vm.is_exception(&v) {
            return Ok(o.clone());
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `RAISE_VARARGS`: the error to raise (the loop unwinds with it).
pub fn raise_varargs(vm: &Vm, f: &mut Frame, a: usize) -> PyErr {
    match a {
        0 => {
            let current = vm.handled_exception();
            match current {
                Value::Obj(e) => {
                    vm.reraising.set(true);
                    PyErr(e)
                }
                _ => vm.runtime_error("No active exception to reraise"),
            }
        }
        1 => {
            let v = f.pop();
            match make_exception(vm, v) {
                Ok(e) => {
                    vm.set_context(&e);
                    PyErr(e)
                }
                Err(e) => e,
            }
        }
        _ => {
            let cause = f.pop();
            let v = f.pop();
            let exc = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            let cause = match cause {
                Value::None => None,
                c => match make_exception(vm, c) {
                    Ok(c) => Some(Value::Obj(c)),
                    Err(_) => {
                        return vm.type_error("exception causes must derive from BaseException")
                    }
                },
            };
            if let Payload::Exception(d) = &exc.payload {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
            vm.set_context(&exc);
            PyErr(exc)
        }
    }
}

/// `RERAISE`: re-raise the exception on top. With an oparg, CPython restores `f_lasti` from
/// the stack, but the handler search still starts from the `RERAISE` itself (its
/// `exception_unwind` uses `next_instr`), and the traceback entry of this frame was recorded
/// at the original raise; so the saved position is not needed here.
pub fn reraise(vm: &Vm, f: &mut Frame, a: usize) -> PyErr {
    let exc = f.pop();
    if a != 0 {
        f.pop();
    }
    vm.reraising.set(true);
    match exc {
        Value::Obj(e) => PyErr(e),
        _ => vm.new_error(&vm.types().exc.system_error, "RERAISE of a non-exception"),
    }
}

pub fn push_exc_info(vm: &Vm, f: &mut Frame) {
    let exc = f.pop();
    let previous = vm.exc_info.replace(exc.clone());
    f.push(previous);
    f.push(exc);
}

pub fn pop_except(vm: &Vm, f: &mut Frame) {
    let previous = f.pop();
    let old = vm.exc_info.replace(previous);
    drop(old);
}

pub fn check_exc_match(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let right = f.pop();
    let left = f.top().clone();
    let ok = vm.exception_matches(&left, &right)?;
    f.push(Value::Bool(ok));
    Ok(())
}

/// `CHECK_EG_MATCH`: `[exc, type]` becomes `[rest, match]` (the handler runs with `match`
/// as the exception being handled), or `[exc, None]` when nothing matches.
pub fn check_eg_match(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let t = f.pop();
    let exc = f.top().clone();
    let (matched, rest) = crate::builtins::exception_groups::except_star_match(vm, &exc, &t)?;
    if matched.is_none() {
        f.push(Value::None);
        return Ok(());
    }
    f.pop();
    f.push(rest);
    f.push(matched.clone());
    *vm.exc_info.borrow_mut() = matched;
    Ok(())
}

/// `PREP_RERAISE_STAR`: `[orig, raised_list]` becomes what the `except*` block re-raises.
pub fn prep_reraise_star(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let excs = f.pop();
    let orig = f.pop();
    let v = crate::builtins::exception_groups::prep_reraise_star(vm, &orig, &excs)?;
    f.push(v);
    Ok(())
}

pub fn before_with(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let mgr = f.pop();
    let cls = vm.type_of(&mgr).clone();
    let enter = crate::types::typeobj::lookup_str(vm, &cls, "__enter__");
    let Some(enter) = enter else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let Some(exit) = crate::types::typeobj::lookup_str(vm, &cls, "__exit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            vm.type_name(&mgr)
        )));
    };
    let exit = vm.bind(&exit, &mgr)?;
    f.push(exit);
    let enter = vm.bind(&enter, &mgr)?;
    let r = vm.call(&enter, crate::types::function::Args::positional(&[]))?;
    f.push(r);
    Ok(())
}

pub fn with_except_start(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let val = f.peek(1).clone();
    let exit = f.peek(4).clone();
    let tb = vm.traceback_of(&val);
    let args = [vm.type_of(&val).clone().into(), val, tb];
    let r = vm.call(&exit, crate::types::function::Args::positional(&args))?;
    f.push(r);
    Ok(())
}

pub fn return_generator(vm: &Vm, _f: &mut Frame) -> PyResult<()> {
    // Generator functions are turned into generator objects when called
    // (`crate::ops::call`), which starts their frames after this instruction.
    Err(vm.new_error(
        &vm.types().exc.system_error,
        "RETURN_GENERATOR outside a generator start",
    ))
}

pub fn send(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let v = f.pop();
    let receiver = f.top().clone();
    match vm.send(&receiver, v)? {
        crate::ops::iter::SendResult::Return(r) => {
            f.pop();
            f.push(r);
            f.next += a;
        }
        crate::ops::iter::SendResult::Yield(y) => f.push(y),
    }
    Ok(())
}
