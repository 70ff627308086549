//! The native `sys` module: `argv`, `path`, `modules`, `exit`, the recursion limit,
//! `stdout`/`stderr` (objects with `write` and `flush`), version information and
//! `exc_info`.

use crate::builtins::{function, method, rest, self_arg};
use crate::object::PyObject;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "sys", "exit", exit);
    function(vm, ns, "sys", "getrecursionlimit", getrecursionlimit);
    function(vm, ns, "sys", "setrecursionlimit", setrecursionlimit);
    function(vm, ns, "sys", "exc_info", exc_info);
    function(vm, ns, "sys", "exception", exception);
    function(vm, ns, "sys", "intern", intern);
    function(vm, ns, "sys", "getsizeof", getsizeof);
    crate::gil::sys::init(vm, ns);
    vm.dict_set_str(ns, "modules", Value::Obj(vm.interp.modules.clone()));
    vm.dict_set_str(ns, "maxsize", Value::Int(i64::MAX));
    vm.dict_set_str(ns, "byteorder", vm.new_str("little"));
    vm.dict_set_str(ns, "platform", vm.new_str("linux"));
    vm.dict_set_str(ns, "version", vm.new_str("3.11.7 (pyvm)"));
    vm.dict_set_str(ns, "hexversion", Value::Int(0x030b07f0));
    vm.dict_set_str(ns, "implementation_name", vm.new_str("pyvm"));
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ]);
    vm.dict_set_str(ns, "version_info", vi);
    vm.dict_set_str(ns, "maxunicode", Value::Int(0x10FFFF));
    vm.dict_set_str(ns, "dont_write_bytecode", Value::Bool(false));
    // The stream type, with `write` and `flush`.
    let stream_type = crate::types::Builder {
        type_: vm.types().type_.clone(),
        dict: vm.types().dict.clone(),
    }
    .make(
        "TextIOWrapper",
        &vm.types().object,
        crate::types::typeobj::Layout::Object,
        false,
    );
    crate::types::typeobj::data(&stream_type)
        .module
        .set(Some("_io"));
    method(vm, &stream_type, "write", stream_write);
    method(vm, &stream_type, "flush", stream_flush);
    for (name, fd) in [
        ("stdout", 1),
        ("stderr", 2),
        ("__stdout__", 1),
        ("__stderr__", 2),
    ] {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "_fd", Value::Int(fd));
        vm.dict_set_str(&d, "encoding", vm.new_str("utf-8"));
        vm.dict_set_str(&d, "errors", vm.new_str("strict"));
        let s = PyObject::with_dict(stream_type.clone(), crate::object::Payload::Object, d);
        vm.dict_set_str(ns, name, Value::Obj(s));
    }
}

/// Fills `sys.argv` and `sys.path` for a run.
pub fn set_argv_path(vm: &Vm, argv: &[String], path: &[String]) {
    *vm.interp.argv.borrow_mut() = argv.to_vec();
    *vm.interp.path.borrow_mut() = path.to_vec();
    if let Ok(Some(Value::Obj(sys))) = vm.sys_module("sys") {
        if let Some(ns) = &sys.dict {
            let a = argv.iter().map(|s| vm.new_str(s.as_str())).collect();
            vm.dict_set_str(ns, "argv", vm.new_list(a));
            let p = path.iter().map(|s| vm.new_str(s.as_str())).collect();
            vm.dict_set_str(ns, "path", vm.new_list(p));
        }
    }
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "exit", 0, 1)?;
    let items = a.to_vec();
    Err(PyErr(vm.new_exception(&vm.types().exc.system_exit, items)))
}

fn getrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.index_arg(&a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "exc_info", 0, 0)?;
    let e = vm.handled_exception();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e).clone());
    let tb = vm.traceback_of(&e);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "exception", 0, 0)?;
    Ok(vm.handled_exception())
}

fn intern(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "intern", 1, 1)?;
    match a[0].as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(Value::Obj(vm.intern(s.as_str()))),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

fn getsizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "getsizeof", 1, 2)?;
    let _ = a;
    Ok(Value::Int(
        std::mem::size_of::<crate::object::PyObject>() as i64
    ))
}

fn stream_fd(vm: &Vm, args: &Args, name: &str) -> PyResult<i64> {
    let this = self_arg(vm, args, name)?;
    let fd = this
        .as_obj()
        .and_then(|o| o.dict.clone())
        .and_then(|d| vm.dict_get_str(&d, "_fd").ok().flatten());
    Ok(match fd {
        Some(Value::Int(i)) => i,
        _ => 1,
    })
}

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let fd = stream_fd(vm, &args, "write")?;
    let r = rest(&args);
    let a = r.fixed(vm, "write", 1, 1)?;
    let Some(s) = a[0].as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let text = s.as_str().to_string();
    if fd == 2 {
        vm.flush_stdout();
        use std::io::Write;
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else {
        vm.write_stdout(&text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let fd = stream_fd(vm, &args, "flush")?;
    if fd == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}
