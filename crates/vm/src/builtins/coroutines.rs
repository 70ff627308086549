//! Methods of coroutines and async generators beyond `send`/`throw`/`close`: `__await__`,
//! `__aiter__`/`__anext__`/`asend`/`athrow`/`aclose`, and those of the awaitable objects
//! they return (`crate::types::coroutine`).

use crate::builtins::objects::{finish, make_throw_exception};
use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::types::coroutine::AwaitKind;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = vm.types();
    method(vm, &t.coroutine, "__await__", coro_await);
    let ag = &t.async_generator;
    method(vm, ag, "__aiter__", agen_aiter);
    method(vm, ag, "__anext__", agen_anext);
    method(vm, ag, "asend", agen_asend);
    method(vm, ag, "athrow", agen_athrow);
    method(vm, ag, "aclose", agen_aclose);
    for a in [
        &t.coroutine_wrapper,
        &t.async_generator_asend,
        &t.async_generator_athrow,
    ] {
        method(vm, a, "send", aw_send);
        method(vm, a, "throw", aw_throw);
        method(vm, a, "close", aw_close);
        method(vm, a, "__next__", aw_next);
        method(vm, a, "__iter__", aw_self);
    }
    method(vm, &t.async_generator_asend, "__await__", aw_self);
    method(vm, &t.async_generator_athrow, "__await__", aw_self);
}

fn gen_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str, async_gen: bool) -> PyResult<&'a PyRef> {
    let this = self_arg(vm, args, name)?;
    match this {
        Value::Obj(o) if async_gen && vm.is_async_gen(o) => Ok(o),
        Value::Obj(o) if !async_gen && vm.is_coroutine(o) => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            if async_gen {
                "async_generator"
            } else {
                "coroutine"
            },
            vm.type_name(other)
        ))),
    }
}

fn coro_await(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = gen_arg(vm, &args, "__await__", false)?;
    Ok(vm.new_awaitable(c, AwaitKind::Wrapper))
}

fn agen_aiter(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(gen_arg(vm, &args, "__aiter__", true)?.clone()))
}

fn agen_anext(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args, "__anext__", true)?;
    Ok(vm.new_awaitable(g, AwaitKind::ASend(Value::None)))
}

fn agen_asend(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args, "asend", true)?;
    let a = rest(&args).fixed(vm, "asend", 1, 1)?;
    Ok(vm.new_awaitable(g, AwaitKind::ASend(a[0].clone())))
}

fn agen_athrow(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args, "athrow", true)?;
    let a = rest(&args).fixed(vm, "athrow", 1, 3)?;
    let exc = make_throw_exception(vm, a)?;
    Ok(vm.new_awaitable(g, AwaitKind::AThrow(Some(exc))))
}

fn agen_aclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = gen_arg(vm, &args, "aclose", true)?;
    rest(&args).fixed(vm, "aclose", 0, 0)?;
    Ok(vm.new_awaitable(g, AwaitKind::AThrow(None)))
}

fn aw_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    match self_arg(vm, args, name)? {
        Value::Obj(o) if matches!(o.payload, Payload::Awaitable(_)) => Ok(o),
        other => Err(vm.type_error(format!(
            "descriptor '{name}' requires an awaitable object but received a '{}'",
            vm.type_name(other)
        ))),
    }
}

fn aw_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = aw_arg(vm, &args, "send")?;
    let a = rest(&args).fixed(vm, "send", 1, 1)?;
    let r = vm.await_send(o, a[0].clone())?;
    finish(vm, r)
}

fn aw_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = aw_arg(vm, &args, "__next__")?;
    let r = vm.await_send(o, Value::None)?;
    finish(vm, r)
}

fn aw_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = aw_arg(vm, &args, "throw")?;
    let a = rest(&args).fixed(vm, "throw", 1, 3)?;
    let exc = make_throw_exception(vm, a)?;
    let r = vm.await_throw(o, exc)?;
    finish(vm, r)
}

fn aw_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = aw_arg(vm, &args, "close")?;
    vm.await_close(o)
}

fn aw_self(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_arg(vm, &args, "__iter__")?.clone())
}
