//! What `sys.stdin`/`stdout`/`stderr` have of `_io.TextIOWrapper` beyond `write`, `flush`,
//! `read` and `readline` (which `modules::sys` defines): `fileno()`, `isatty()`, the
//! `readable`/`writable`/`seekable` answers, `closed`, `name`, `mode`, `line_buffering`,
//! and `buffer`, a binary writer whose bytes go through the same buffer as the text (so
//! `print()` and `sys.stdout.buffer.write()` keep their order). The streams stay pyvm's own
//! objects so `print()` keeps writing to stdout directly.

use std::io::Write;

use crate::builtins::{method, rest, self_arg};
use crate::object::PyObject;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::{bytes_arg, getter};

/// The descriptor a standard stream object stands for (its `_fd`).
fn fd_of(vm: &Vm, this: &Value) -> i64 {
    let fd = this
        .as_obj()
        .and_then(|o| o.dict.clone())
        .and_then(|d| vm.dict_get_str(&d, "_fd").ok().flatten());
    match fd {
        Some(Value::Int(i)) => i,
        _ => 1,
    }
}

/// Adds the methods to the standard-stream type.
pub fn extend_stream_type(vm: &Vm, t: &PyRef) {
    method(vm, t, "fileno", fileno);
    method(vm, t, "isatty", isatty);
    method(vm, t, "readable", |vm, a| {
        let this = self_arg(vm, &a, "readable")?;
        Ok(Value::Bool(fd_of(vm, this) == 0))
    });
    method(vm, t, "writable", |vm, a| {
        let this = self_arg(vm, &a, "writable")?;
        Ok(Value::Bool(fd_of(vm, this) != 0))
    });
    method(vm, t, "seekable", |_, _| Ok(Value::Bool(false)));
    method(vm, t, "__repr__", |vm, a| {
        let this = self_arg(vm, &a, "__repr__")?;
        let mut out = "<_io.TextIOWrapper".to_string();
        for attr in ["name", "mode", "encoding"] {
            let v = vm.getattr_str(this, attr)?;
            out.push_str(&format!(" {attr}={}", vm.repr(&v)?));
        }
        out.push('>');
        Ok(vm.new_str(out))
    });
    getter(vm, t, "closed", |_, _| Ok(Value::Bool(false)));
    getter(vm, t, "line_buffering", |vm, a| {
        let this = self_arg(vm, &a, "line_buffering")?;
        // SAFETY: isatty on any descriptor is memory-safe.
        Ok(Value::Bool(
            unsafe { libc::isatty(fd_of(vm, this) as i32) } == 1,
        ))
    });
}

/// Fills in the attributes of one stream (`d` is its instance dict).
pub fn init_stream(vm: &Vm, d: &PyRef, fd: i64) {
    let name = ["<stdin>", "<stdout>", "<stderr>"][fd.clamp(0, 2) as usize];
    vm.dict_set_str(d, "name", vm.new_str(name));
    vm.dict_set_str(d, "mode", vm.new_str(if fd == 0 { "r" } else { "w" }));
    let t = buffer_type(vm);
    let bd = vm.new_dict();
    vm.dict_set_str(&bd, "_fd", Value::Int(fd));
    vm.dict_set_str(&bd, "name", vm.new_str(name));
    vm.dict_set_str(&bd, "mode", vm.new_str(if fd == 0 { "rb" } else { "wb" }));
    let buffer = PyObject::with_dict(t, crate::object::Payload::Object, bd);
    vm.dict_set_str(d, "buffer", Value::Obj(buffer));
}

/// The type of `sys.stdout.buffer` (shown as `_io.BufferedWriter`).
fn buffer_type(vm: &Vm) -> PyRef {
    vm.native_type("_io.<stdio buffer>", |vm| {
        let t = crate::modules::weakref::native_class(
            vm,
            "BufferedWriter",
            "_io",
            &vm.types().object,
            false,
        );
        method(vm, &t, "write", buffer_write);
        method(vm, &t, "flush", buffer_flush);
        method(vm, &t, "read", buffer_read);
        method(vm, &t, "fileno", fileno);
        method(vm, &t, "isatty", isatty);
        method(vm, &t, "__repr__", |vm, a| {
            let this = self_arg(vm, &a, "__repr__")?;
            let name = vm.getattr_str(this, "name")?;
            let cls = if fd_of(vm, this) == 0 {
                "BufferedReader"
            } else {
                "BufferedWriter"
            };
            Ok(vm.new_str(format!("<_io.{cls} name={}>", vm.repr(&name)?)))
        });
        getter(vm, &t, "closed", |_, _| Ok(Value::Bool(false)));
        t
    })
}

fn fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "fileno")?;
    Ok(Value::Int(fd_of(vm, this)))
}

fn isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "isatty")?;
    // SAFETY: isatty on any descriptor is memory-safe.
    Ok(Value::Bool(
        unsafe { libc::isatty(fd_of(vm, this) as i32) } == 1,
    ))
}

fn buffer_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "write")?;
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let data = bytes_arg(vm, &a[0])?;
    match fd_of(vm, this) {
        0 => return Err(super::unsupported(vm, "write")),
        2 => {
            vm.flush_stdout();
            let _ = std::io::stderr().write_all(&data);
        }
        _ => {
            let mut out = vm.interp.stdout.borrow_mut();
            let _ = out.write_all(&data);
            if vm.interp.unbuffered.get() {
                let _ = out.flush();
            }
        }
    }
    Ok(Value::Int(data.len() as i64))
}

fn buffer_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "flush")?;
    if fd_of(vm, this) == 1 {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

/// `sys.stdin.buffer.read(n=-1)`.
fn buffer_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read")?;
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    if fd_of(vm, this) != 0 {
        return Err(super::unsupported(vm, "read"));
    }
    let n = super::size_arg(vm, a.first())?;
    vm.flush_stdout();
    let data = if n < 0 {
        super::fileio::read_all_fd(vm, 0)?
    } else {
        super::fileio::read_fd(vm, 0, n as usize)?
    };
    Ok(data.map_or(Value::None, |d| vm.new_bytes(d)))
}
