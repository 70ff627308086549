//! `_io.BytesIO`: a binary stream over an in-memory buffer.

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::{bytes_arg, getter, new_instance, size_arg, state};

/// The state of a `BytesIO`.
pub struct BytesIo {
    pub buf: Vec<u8>,
    pub pos: usize,
    pub closed: bool,
}

pub fn init(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", |vm, a| {
        new_instance(
            vm,
            &a,
            BytesIo {
                buf: Vec::new(),
                pos: 0,
                closed: false,
            },
        )
    });
    method(vm, t, "__init__", init_bytesio);
    method(vm, t, "getvalue", getvalue);
    method(vm, t, "read", read);
    method(vm, t, "read1", read);
    method(vm, t, "readline", readline);
    method(vm, t, "readlines", readlines);
    method(vm, t, "readinto", readinto);
    method(vm, t, "readinto1", readinto);
    method(vm, t, "write", write);
    method(vm, t, "writelines", writelines);
    method(vm, t, "seek", seek);
    method(vm, t, "tell", tell);
    method(vm, t, "truncate", truncate);
    method(vm, t, "close", close);
    method(vm, t, "flush", |vm, a| {
        open(vm, &a, "flush", |_| Ok(Value::None))
    });
    method(vm, t, "isatty", |vm, a| {
        open(vm, &a, "isatty", |_| Ok(Value::Bool(false)))
    });
    for name in ["readable", "writable", "seekable"] {
        method(vm, t, name, |vm, a| {
            open(vm, &a, "readable", |_| Ok(Value::Bool(true)))
        });
    }
    method(vm, t, "__next__", next);
    method(vm, t, "__getstate__", getstate);
    getter(vm, t, "closed", |vm, a| {
        let this = self_arg(vm, &a, "closed")?;
        Ok(Value::Bool(state::<BytesIo>(vm, this, "BytesIO")?.closed))
    });
}

/// Runs `f` on the state of an open `BytesIO`, else `ValueError: I/O operation on closed
/// file.`.
fn open(
    vm: &Vm,
    args: &Args,
    name: &str,
    f: impl FnOnce(&mut BytesIo) -> PyResult<Value>,
) -> PyResult<Value> {
    let this = self_arg(vm, args, name)?;
    let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
    if s.closed {
        return Err(super::closed_error(vm));
    }
    f(&mut s)
}

fn init_bytesio(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "BytesIO")?;
    const SIG: Sig = Sig::new("BytesIO", &["initial_bytes"], 0);
    let a = SIG.bind(vm, &rest(&args))?;
    let data = match a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_arg(vm, v)?,
    };
    let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
    s.buf = data;
    s.pos = 0;
    s.closed = false;
    Ok(Value::None)
}

fn getvalue(vm: &Vm, args: Args) -> PyResult<Value> {
    open(vm, &args, "getvalue", |s| Ok(vm.new_bytes(s.buf.clone())))
}

/// Takes up to `n` bytes (all if negative) from the position.
fn take(s: &mut BytesIo, n: i64) -> Vec<u8> {
    let start = s.pos.min(s.buf.len());
    let end = if n < 0 {
        s.buf.len()
    } else {
        (start + n as usize).min(s.buf.len())
    };
    s.pos = end.max(s.pos);
    s.buf[start..end].to_vec()
}

fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    open(vm, &args, "read", |s| Ok(vm.new_bytes(take(s, n))))
}

fn line_len(s: &BytesIo, limit: i64) -> i64 {
    let start = s.pos.min(s.buf.len());
    let rest = &s.buf[start..];
    let mut n = match rest.iter().position(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => rest.len(),
    };
    if limit >= 0 {
        n = n.min(limit as usize);
    }
    n as i64
}

fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "readline", 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    open(vm, &args, "readline", |s| {
        let n = line_len(s, limit);
        Ok(vm.new_bytes(take(s, n)))
    })
}

fn readlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "readlines", 0, 1)?;
    let hint = size_arg(vm, a.first())?;
    let lines = {
        let this = self_arg(vm, &args, "readlines")?;
        let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
        if s.closed {
            return Err(super::closed_error(vm));
        }
        let mut lines = Vec::new();
        let mut total = 0i64;
        while s.pos < s.buf.len() {
            let n = line_len(&s, -1);
            lines.push(take(&mut s, n));
            total += n;
            if hint > 0 && total >= hint {
                break;
            }
        }
        lines
    };
    Ok(vm.new_list(lines.into_iter().map(|l| vm.new_bytes(l)).collect()))
}

fn readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let data = {
        let this = self_arg(vm, &args, "readinto")?;
        let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
        if s.closed {
            return Err(super::closed_error(vm));
        }
        take(&mut s, n as i64)
    };
    super::iobase::write_into(vm, &a[0], &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let this = self_arg(vm, &args, "write")?;
    if state::<BytesIo>(vm, this, "BytesIO")?.closed {
        return Err(super::closed_error(vm));
    }
    let data = bytes_arg(vm, &a[0])?;
    let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
    write_bytes(&mut s, &data);
    Ok(Value::Int(data.len() as i64))
}

/// Writes `data` at the position, padding with zeros past the end.
pub fn write_bytes(s: &mut BytesIo, data: &[u8]) {
    let end = s.pos + data.len();
    if s.pos == s.buf.len() {
        s.buf.extend_from_slice(data);
    } else {
        if s.buf.len() < end {
            s.buf.resize(end, 0);
        }
        s.buf[s.pos..end].copy_from_slice(data);
    }
    s.pos = end;
}

fn writelines(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "writelines")?;
    let a = rest(&args).fixed(vm, "writelines", 1, 1)?;
    if state::<BytesIo>(vm, this, "BytesIO")?.closed {
        return Err(super::closed_error(vm));
    }
    let it = vm.iter(&a[0])?;
    while let Some(line) = vm.next(&it)? {
        let data = bytes_arg(vm, &line)?;
        write_bytes(&mut *state::<BytesIo>(vm, this, "BytesIO")?, &data);
    }
    Ok(Value::None)
}

fn seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "seek", 1, 2)?;
    let pos = vm.index_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_arg(w)?,
        None => 0,
    };
    open(vm, &args, "seek", |s| {
        let new = match whence {
            0 if pos < 0 => {
                return Err(vm.value_error(format!("negative seek value {pos}")));
            }
            0 => pos,
            1 => (s.pos as i64 + pos).max(0),
            2 => (s.buf.len() as i64 + pos).max(0),
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        s.pos = new as usize;
        Ok(Value::Int(new))
    })
}

fn tell(vm: &Vm, args: Args) -> PyResult<Value> {
    open(vm, &args, "tell", |s| Ok(Value::Int(s.pos as i64)))
}

fn truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "truncate", 0, 1)?;
    let size = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.index_arg(v)?),
    };
    open(vm, &args, "truncate", |s| {
        let size = size.unwrap_or(s.pos as i64);
        if size < 0 {
            return Err(vm.value_error(format!("negative size value {size}")));
        }
        s.buf.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    let mut s = state::<BytesIo>(vm, this, "BytesIO")?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let line = open(vm, &args, "__next__", |s| {
        let n = line_len(s, -1);
        Ok(vm.new_bytes(take(s, n)))
    })?;
    if vm.len(&line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getstate__")?;
    let (value, pos) = {
        let s = state::<BytesIo>(vm, this, "BytesIO")?;
        if s.closed {
            return Err(super::closed_error(vm));
        }
        (s.buf.clone(), s.pos)
    };
    let d = this
        .as_obj()
        .and_then(|o| o.dict.clone())
        .map_or(Value::None, Value::Obj);
    Ok(vm.new_tuple(vec![vm.new_bytes(value), Value::Int(pos as i64), d]))
}
