//! `_io.StringIO`: a text stream over an in-memory string, positions counted in code
//! points, with the `newline` argument's translation on write and line splitting on read.

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::newlines::{find_line_end, newlines_value, translate};
use super::{getter, new_instance, size_arg, state, str_of};

/// The state of a `StringIO`.
pub struct StringIo {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    /// `newline=None`: `\r\n` and `\r` written become `\n`.
    translate: bool,
    /// `newline=None` or `''`: lines end at any newline, and `newlines` is tracked.
    universal: bool,
    /// The `newline` argument ("" for None).
    readnl: String,
    /// What `\n` is written as (`\r` or `\r\n`), if not itself.
    writenl: Option<String>,
    seen: u8,
}

pub fn init(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", |vm, a| {
        new_instance(
            vm,
            &a,
            StringIo {
                buf: Vec::new(),
                pos: 0,
                closed: false,
                translate: false,
                universal: false,
                readnl: "\n".into(),
                writenl: None,
                seen: 0,
            },
        )
    });
    method(vm, t, "__init__", init_stringio);
    method(vm, t, "getvalue", getvalue);
    method(vm, t, "read", read);
    method(vm, t, "readline", readline);
    method(vm, t, "write", write);
    method(vm, t, "seek", seek);
    method(vm, t, "tell", tell);
    method(vm, t, "truncate", truncate);
    method(vm, t, "close", close);
    method(vm, t, "__next__", next);
    for name in ["readable", "writable", "seekable"] {
        method(vm, t, name, |vm, a| {
            open(vm, &a, "readable", |_| Ok(Value::Bool(true)))
        });
    }
    getter(vm, t, "closed", |vm, a| {
        let this = self_arg(vm, &a, "closed")?;
        Ok(Value::Bool(state::<StringIo>(vm, this, "StringIO")?.closed))
    });
    getter(vm, t, "line_buffering", |vm, a| {
        open(vm, &a, "line_buffering", |_| Ok(Value::Bool(false)))
    });
    getter(vm, t, "newlines", |vm, a| {
        open(vm, &a, "newlines", |s| {
            Ok(if s.universal {
                newlines_value(vm, s.seen)
            } else {
                Value::None
            })
        })
    });
}

fn open(
    vm: &Vm,
    args: &Args,
    name: &str,
    f: impl FnOnce(&mut StringIo) -> PyResult<Value>,
) -> PyResult<Value> {
    let this = self_arg(vm, args, name)?;
    let mut s = state::<StringIo>(vm, this, "StringIO")?;
    if s.closed {
        // StringIO's message has no full stop (CPython's stringio.c).
        return Err(vm.value_error("I/O operation on closed file"));
    }
    f(&mut s)
}

/// Checks a `newline` argument as `StringIO` and `TextIOWrapper` do; `None` is None.
pub fn newline_arg(vm: &Vm, v: Option<&Value>, default: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(Some(default.to_string())),
        Some(Value::None) => Ok(None),
        Some(v) => match str_of(v) {
            Some(s) if matches!(s, "" | "\n" | "\r" | "\r\n") => Ok(Some(s.to_string())),
            Some(_) => Err(vm.value_error(format!("illegal newline value: {}", vm.repr(v)?))),
            None => Err(vm.type_error(format!(
                "newline must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn init_stringio(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "StringIO")?;
    const SIG: Sig = Sig::new("StringIO", &["initial_value", "newline"], 0);
    let a = SIG.bind(vm, &rest(&args))?;
    let newline = newline_arg(vm, a[1], "\n")?;
    let initial = match a[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match str_of(v) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let mut s = state::<StringIo>(vm, this, "StringIO")?;
    s.translate = newline.is_none();
    s.universal = newline.as_deref().is_none_or(str::is_empty);
    s.readnl = newline.clone().unwrap_or_default();
    s.writenl = newline.filter(|n| n.starts_with('\r'));
    s.buf.clear();
    s.pos = 0;
    s.closed = false;
    s.seen = 0;
    write_str(&mut s, &initial);
    s.pos = 0;
    Ok(Value::None)
}

/// Writes `text` at the position after newline translation.
fn write_str(s: &mut StringIo, text: &str) {
    let mut text = if s.universal {
        translate(text, s.translate, &mut s.seen)
    } else {
        text.to_string()
    };
    if let Some(nl) = &s.writenl {
        text = text.replace('\n', nl);
    }
    if s.pos > s.buf.len() {
        s.buf.resize(s.pos, '\0');
    }
    if s.pos == s.buf.len() {
        s.buf.extend(text.chars());
        s.pos = s.buf.len();
    } else {
        let chars: Vec<char> = text.chars().collect();
        let end = s.pos + chars.len();
        if end > s.buf.len() {
            s.buf.resize(end, '\0');
        }
        s.buf[s.pos..end].copy_from_slice(&chars);
        s.pos = end;
    }
}

fn getvalue(vm: &Vm, args: Args) -> PyResult<Value> {
    open(vm, &args, "getvalue", |s| {
        Ok(vm.new_str(s.buf.iter().collect::<String>()))
    })
}

fn take(s: &mut StringIo, n: i64) -> String {
    let start = s.pos.min(s.buf.len());
    let end = if n < 0 {
        s.buf.len()
    } else {
        (start + n as usize).min(s.buf.len())
    };
    s.pos = end.max(s.pos);
    s.buf[start..end].iter().collect()
}

fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    open(vm, &args, "read", |s| Ok(vm.new_str(take(s, n))))
}

fn line(s: &mut StringIo, limit: i64) -> String {
    let start = s.pos.min(s.buf.len());
    let mut end = s.buf.len();
    if limit >= 0 {
        end = end.min(start + limit as usize);
    }
    let rest: String = s.buf[start..end].iter().collect();
    let n = match find_line_end(&rest, s.translate, s.universal, &s.readnl) {
        Some(i) => rest[..i].chars().count(),
        None => end - start,
    };
    take(s, n as i64)
}

fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "readline", 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    open(vm, &args, "readline", |s| Ok(vm.new_str(line(s, limit))))
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__next__")?;
    // A subclass overriding `readline` is honoured, as CPython does.
    let own = std::rc::Rc::ptr_eq(vm.type_of(this), &super::class(vm, "StringIO"));
    let l = if own {
        open(vm, &args, "__next__", |s| Ok(vm.new_str(line(s, -1))))?
    } else {
        let l = super::call_method(vm, this, "readline", &[])?;
        if str_of(&l).is_none() {
            return Err(vm.new_error(
                &vm.types().exc.os_error,
                format!(
                    "readline() should have returned a str object, not '{}'",
                    vm.type_name(&l)
                ),
            ));
        }
        l
    };
    if str_of(&l).is_some_and(str::is_empty) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(l)
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let Some(text) = str_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&a[0])
        )));
    };
    open(vm, &args, "write", |s| {
        write_str(s, text);
        Ok(Value::Int(text.chars().count() as i64))
    })
}

fn seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args).fixed(vm, "seek", 1, 2)?;
    let pos = vm.index_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_arg(w)?,
        None => 0,
    };
    open(vm, &args, "seek", |s| {
        match whence {
            0..=2 => {}
            _ => {
                return Err(
                    vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        }
        if whence == 0 && pos < 0 {
            return Err(vm.value_error(format!("Negative seek position {pos}")));
        }
        if whence != 0 && pos != 0 {
            return Err(vm.new_error(
                &vm.types().exc.os_error,
                "Can't do nonzero cur-relative seeks",
            ));
        }
        match whence {
            0 => s.pos = pos as usize,
            2 => s.pos = s.buf.len(),
            _ => {}
        }
        Ok(Value::Int(s.pos as i64))
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
            return Err(vm.value_error(format!("Negative size value {size}")));
        }
        s.buf.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    let mut s = state::<StringIo>(vm, this, "StringIO")?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(Value::None)
}
