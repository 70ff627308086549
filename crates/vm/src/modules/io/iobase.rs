//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`. Their
//! methods only use the stream's own methods and attributes (`self.read`, `self.closed`,
//! ...), so they serve Python subclasses as well as the native classes, which override most.
//! `_IOBase` keeps its closed flag in the instance dict as `__IOBase_closed`, as CPython does.

use crate::builtins::{method, rest, self_arg};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::{call_method, closed_error, getter, is_closed, size_arg, unsupported};

pub fn init_bases(vm: &Vm, iobase: &PyRef, raw: &PyRef, buffered: &PyRef, text: &PyRef) {
    method(vm, iobase, "seek", |vm, _| Err(unsupported(vm, "seek")));
    method(vm, iobase, "truncate", |vm, _| {
        Err(unsupported(vm, "truncate"))
    });
    method(vm, iobase, "fileno", |vm, _| Err(unsupported(vm, "fileno")));
    method(vm, iobase, "tell", tell);
    method(vm, iobase, "flush", flush);
    method(vm, iobase, "close", close);
    method(vm, iobase, "__del__", del);
    method(vm, iobase, "seekable", |_, _| Ok(Value::Bool(false)));
    method(vm, iobase, "readable", |_, _| Ok(Value::Bool(false)));
    method(vm, iobase, "writable", |_, _| Ok(Value::Bool(false)));
    method(vm, iobase, "isatty", isatty);
    method(vm, iobase, "_checkClosed", check_closed);
    method(vm, iobase, "_checkSeekable", |vm, a| {
        check(vm, a, "seekable")
    });
    method(vm, iobase, "_checkReadable", |vm, a| {
        check(vm, a, "readable")
    });
    method(vm, iobase, "_checkWritable", |vm, a| {
        check(vm, a, "writable")
    });
    method(vm, iobase, "__enter__", enter);
    method(vm, iobase, "__exit__", exit);
    method(vm, iobase, "__iter__", iter);
    method(vm, iobase, "__next__", next);
    method(vm, iobase, "readline", readline);
    method(vm, iobase, "readlines", readlines);
    method(vm, iobase, "writelines", writelines);
    getter(vm, iobase, "closed", closed);

    method(vm, raw, "read", raw_read);
    method(vm, raw, "readall", raw_readall);

    method(vm, buffered, "read", |vm, _| Err(unsupported(vm, "read")));
    method(vm, buffered, "read1", |vm, _| Err(unsupported(vm, "read1")));
    method(vm, buffered, "write", |vm, _| Err(unsupported(vm, "write")));
    method(vm, buffered, "detach", |vm, _| {
        Err(unsupported(vm, "detach"))
    });
    method(vm, buffered, "readinto", |vm, a| readinto(vm, a, "read"));
    method(vm, buffered, "readinto1", |vm, a| readinto(vm, a, "read1"));

    method(vm, text, "read", |vm, _| Err(unsupported(vm, "read")));
    method(vm, text, "readline", |vm, _| {
        Err(unsupported(vm, "readline"))
    });
    method(vm, text, "write", |vm, _| Err(unsupported(vm, "write")));
    method(vm, text, "detach", |vm, _| Err(unsupported(vm, "detach")));
    for name in ["encoding", "newlines", "errors"] {
        getter(vm, text, name, |_, _| Ok(Value::None));
    }
}

/// `self.__IOBase_closed`.
fn closed(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "closed")?;
    let flag = this
        .as_obj()
        .and_then(|o| o.dict.clone())
        .and_then(|d| vm.dict_get_str(&d, "__IOBase_closed").ok().flatten());
    Ok(Value::Bool(
        flag.is_some_and(|v| matches!(v, Value::Bool(true))),
    ))
}

fn check_closed_of(vm: &Vm, this: &Value) -> PyResult<()> {
    if is_closed(vm, this)? {
        return Err(closed_error(vm));
    }
    Ok(())
}

fn tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "tell")?;
    call_method(vm, this, "seek", &[Value::Int(0), Value::Int(1)])
}

fn flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "flush")?;
    check_closed_of(vm, this)?;
    Ok(Value::None)
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    if is_closed(vm, this)? {
        return Ok(Value::None);
    }
    let flushed = call_method(vm, this, "flush", &[]);
    if let Some(d) = this.as_obj().and_then(|o| o.dict.clone()) {
        vm.dict_set_str(&d, "__IOBase_closed", Value::Bool(true));
    }
    flushed.map(|_| Value::None)
}

/// The finalizer: an open stream is closed (and so flushed) when it dies. Errors are
/// dropped, as CPython drops them outside development mode.
fn del(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__del__")?;
    if let Ok(false) = is_closed(vm, this) {
        let _ = call_method(vm, this, "close", &[]);
    }
    Ok(Value::None)
}

fn isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "isatty")?;
    check_closed_of(vm, this)?;
    Ok(Value::Bool(false))
}

fn check_closed(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "_checkClosed")?;
    check_closed_of(vm, this)?;
    Ok(Value::None)
}

/// `_checkReadable()` and friends: `UnsupportedOperation` unless `self.<what>()` is true.
fn check(vm: &Vm, args: Args, what: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, what)?;
    let ok = call_method(vm, this, what, &[])?;
    if !matches!(ok, Value::Bool(true)) {
        return Err(unsupported(vm, &format!("File or stream is not {what}.")));
    }
    Ok(Value::Bool(true))
}

fn enter(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__enter__")?;
    check_closed_of(vm, this)?;
    Ok(this.clone())
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__exit__")?;
    call_method(vm, this, "close", &[])
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__iter__")?;
    check_closed_of(vm, this)?;
    Ok(this.clone())
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__next__")?;
    let line = call_method(vm, this, "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `readline(size=-1)` by `read(1)` (or `peek`) calls, for streams that only have `read`.
fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readline")?;
    let a = rest(&args).fixed(vm, "readline", 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    let mut out = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let b = call_method(vm, this, "read", &[Value::Int(1)])?;
        let Some(b) = vm.bytes_like(&b) else {
            return Err(vm.new_error(
                &vm.types().exc.os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    vm.type_name(&b)
                ),
            ));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

fn readlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readlines")?;
    let a = rest(&args).fixed(vm, "readlines", 0, 1)?;
    let hint = size_arg(vm, a.first())?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    let it = vm.iter(this)?;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)? as i64;
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn writelines(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "writelines")?;
    let a = rest(&args).fixed(vm, "writelines", 1, 1)?;
    check_closed_of(vm, this)?;
    let it = vm.iter(&a[0])?;
    while let Some(line) = vm.next(&it)? {
        call_method(vm, this, "write", &[line])?;
    }
    Ok(Value::None)
}

/// `_RawIOBase.read(size=-1)`: `readinto` a fresh bytearray.
fn raw_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read")?;
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    if n < 0 {
        return call_method(vm, this, "readall", &[]);
    }
    let buf = crate::builtins::bytes::new_bytearray(vm, vec![0; n as usize]);
    let got = call_method(vm, this, "readinto", std::slice::from_ref(&buf))?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = vm.index_arg(&got)?.clamp(0, n) as usize;
    let mut data = vm.bytes_like(&buf).unwrap_or_default();
    data.truncate(got);
    Ok(vm.new_bytes(data))
}

fn raw_readall(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readall")?;
    let mut out = Vec::new();
    loop {
        let chunk = call_method(
            vm,
            this,
            "read",
            &[Value::Int(super::DEFAULT_BUFFER_SIZE as i64)],
        )?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let Some(b) = vm.bytes_like(&chunk) else {
            return Err(vm.type_error("read() should return bytes"));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
    }
    Ok(vm.new_bytes(out))
}

/// `_BufferedIOBase.readinto(b)`: `self.read(len(b))` copied into `b`.
fn readinto(vm: &Vm, args: Args, reader: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readinto")?;
    let a = rest(&args).fixed(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let data = call_method(vm, this, reader, &[Value::Int(n as i64)])?;
    let Some(data) = vm.bytes_like(&data) else {
        return Err(vm.type_error("read() should return bytes"));
    };
    write_into(vm, &a[0], &data)?;
    Ok(Value::Int(data.len() as i64))
}

/// Copies `data` to the start of the writable buffer `target` (`target[:len(data)] = data`).
pub fn write_into(vm: &Vm, target: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(crate::object::Payload::ByteArray(b)) = target.as_obj().map(|o| &o.payload) {
        let mut b = b.borrow_mut();
        let n = data.len().min(b.len());
        b[..n].copy_from_slice(&data[..n]);
        return Ok(());
    }
    let slice = vm.call_positional(
        &Value::Obj(vm.types().slice.clone()),
        &[Value::Int(0), Value::Int(data.len() as i64)],
    )?;
    vm.setitem(target, slice, vm.new_bytes(data.to_vec()))
}
