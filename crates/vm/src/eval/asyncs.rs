//! `await`, `async with` and `async for`: `GET_AWAITABLE`, `BEFORE_ASYNC_WITH`, `GET_AITER`,
//! `GET_ANEXT`, `END_ASYNC_FOR` and `ASYNC_GEN_WRAP` (the objects they drive are in
//! `crate::types::coroutine`).

use crate::frame::Frame;
use crate::object::Payload;
use crate::ops::number::user_method;
use crate::types::coroutine::AwaitKind;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn get_awaitable(vm: &Vm, f: &mut Frame, a: usize) -> PyResult<()> {
    let v = f.pop();
    let it = vm.get_awaitable(&v, a)?;
    f.push(it);
    Ok(())
}

pub fn before_async_with(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let mgr = f.pop();
    let cls = vm.type_of(&mgr).clone();
    let Some(enter) = user_method(vm, &cls, "__aenter__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let Some(exit) = user_method(vm, &cls, "__aexit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            vm.type_name(&mgr)
        )));
    };
    f.push(vm.bind(&exit, &mgr)?);
    let r = vm.call_method_value(&enter, &mgr, &[])?;
    f.push(r);
    Ok(())
}

/// Whether `v` has `__anext__` (an async generator, or a class defining it).
fn has_anext(vm: &Vm, v: &Value) -> bool {
    v.as_obj().is_some_and(|o| vm.is_async_gen(o))
        || user_method(vm, &vm.type_of(v).clone(), "__anext__").is_some()
}

pub fn get_aiter(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let obj = f.pop();
    let it = if obj.as_obj().is_some_and(|o| vm.is_async_gen(o)) {
        obj
    } else {
        let cls = vm.type_of(&obj).clone();
        let Some(m) = user_method(vm, &cls, "__aiter__") else {
            return Err(vm.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                vm.type_name(&obj)
            )));
        };
        vm.call_method_value(&m, &obj, &[])?
    };
    if !has_anext(vm, &it) {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    f.push(it);
    Ok(())
}

pub fn get_anext(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let aiter = f.top().clone();
    if let Some(o) = aiter.as_obj().filter(|o| vm.is_async_gen(o)) {
        let aw = vm.new_awaitable(o, AwaitKind::ASend(Value::None));
        f.push(aw);
        return Ok(());
    }
    let cls = vm.type_of(&aiter).clone();
    let Some(m) = user_method(vm, &cls, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(&aiter)
        )));
    };
    let next = vm.call_method_value(&m, &aiter, &[])?;
    match vm.get_awaitable(&next, 0) {
        Ok(aw) => f.push(aw),
        Err(e) => {
            let err = vm.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                vm.type_name(&next)
            ));
            if let Payload::Exception(d) = &err.0.payload {
                let mut d = d.borrow_mut();
                d.cause = Some(Value::Obj(e.0.clone()));
                d.context = Some(Value::Obj(e.0.clone()));
            }
            return Err(err);
        }
    }
    Ok(())
}

/// `END_ASYNC_FOR`: `StopAsyncIteration` ends the loop; anything else is re-raised as is.
pub fn end_async_for(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let exc = f.pop();
    if let Value::Obj(e) = &exc {
        if vm.err_matches(&PyErr(e.clone()), &vm.types().exc.stop_async_iteration) {
            f.pop();
            return Ok(());
        }
        vm.reraising.set(true);
        return Err(PyErr(e.clone()));
    }
    Err(vm.new_error(
        &vm.types().exc.system_error,
        "END_ASYNC_FOR of a non-exception",
    ))
}

pub fn async_gen_wrap(vm: &Vm, f: &mut Frame) {
    let v = f.pop();
    f.push(vm.async_gen_wrap(v));
}
