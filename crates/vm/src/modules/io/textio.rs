//! `_io.TextIOWrapper`: text over a binary buffered stream: set-up, writing, seeking,
//! closing and the attributes. Reading is in [`super::textio_read`]. The wrapper keeps
//! undecoded bytes (not decoded text) between reads, so `tell()` is the buffer's position
//! less the bytes not yet consumed, for the ASCII-compatible codecs (UTF-8, latin-1,
//! ascii) it splits by itself; the UTF-16/32 family is decoded whole on first read.

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::newlines::newlines_value;
use super::textio_read;
use super::{call_method, closed_error, getter, new_instance, state, str_of, unsupported};

/// The state of a `TextIOWrapper`.
pub struct TextIo {
    pub buffer: Option<Value>,
    pub detached: bool,
    pub encoding: String,
    pub errors: String,
    /// `Some(true)`: one byte per character; `Some(false)`: UTF-8; `None`: other codecs.
    pub layout: Option<bool>,
    /// `newline=None`: `\r\n` and `\r` read become `\n`.
    pub translate: bool,
    /// `newline=None` or `''`: lines end at any newline.
    pub universal: bool,
    /// The `newline` argument ("" for None).
    pub readnl: String,
    /// What `\n` is written as, if not itself.
    pub writenl: Option<String>,
    pub line_buffering: bool,
    pub write_through: bool,
    pub readable: bool,
    pub writable: bool,
    pub seekable: bool,
    /// False while iterating (`tell()` is then refused, as in CPython).
    pub telling: bool,
    /// Bytes read from the buffer and not yet consumed: `rbytes[rpos..]`.
    pub rbytes: Vec<u8>,
    pub rpos: usize,
    pub eof: bool,
    /// The kinds of newline read so far (`newlines`), recorded as chunks arrive, as
    /// CPython's decoder records them; `pending_cr`: a chunk ended in `\r`.
    pub seen: u8,
    pub pending_cr: bool,
    /// Where in `rbytes` the last chunk read starts, and its offset in the file (-1 if
    /// not known).
    pub chunk_start: usize,
    pub chunk_pos: i64,
    pub chunk_size: usize,
    pub has_read1: bool,
    /// A byte order mark is due before the first write (UTF-16/32 at position 0).
    pub bom_due: bool,
    /// The read-ahead holds UTF-8 converted from a UTF-16/32 stream.
    pub converted: bool,
}

const NAME: &str = "TextIOWrapper";

pub fn init(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", |vm, a| new_instance(vm, &a, empty()));
    method(vm, t, "__init__", init_text);
    method(vm, t, "write", write);
    method(vm, t, "read", textio_read::read);
    method(vm, t, "readline", textio_read::readline);
    method(vm, t, "__next__", textio_read::next);
    method(vm, t, "flush", flush);
    method(vm, t, "close", close);
    method(vm, t, "seek", seek);
    method(vm, t, "tell", tell);
    method(vm, t, "truncate", truncate);
    method(vm, t, "detach", detach);
    method(vm, t, "reconfigure", reconfigure);
    method(vm, t, "fileno", |vm, a| delegate(vm, a, "fileno"));
    method(vm, t, "isatty", |vm, a| delegate(vm, a, "isatty"));
    method(vm, t, "readable", |vm, a| delegate(vm, a, "readable"));
    method(vm, t, "writable", |vm, a| delegate(vm, a, "writable"));
    method(vm, t, "seekable", |vm, a| delegate(vm, a, "seekable"));
    method(vm, t, "__repr__", repr);
    method(vm, t, "__getstate__", |vm, a| {
        let this = self_arg(vm, &a, "__getstate__")?;
        Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))))
    });
    getter(vm, t, "name", |vm, a| buffer_attr(vm, a, "name"));
    getter(vm, t, "closed", |vm, a| buffer_attr(vm, a, "closed"));
    getter(vm, t, "buffer", |vm, a| {
        let this = self_arg(vm, &a, "buffer")?;
        buffer_of(vm, this)
    });
    getter(vm, t, "encoding", |vm, a| {
        let this = self_arg(vm, &a, "encoding")?;
        Ok(vm.new_str(state::<TextIo>(vm, this, NAME)?.encoding.as_str()))
    });
    getter(vm, t, "errors", |vm, a| {
        let this = self_arg(vm, &a, "errors")?;
        Ok(vm.new_str(state::<TextIo>(vm, this, NAME)?.errors.as_str()))
    });
    getter(vm, t, "line_buffering", |vm, a| {
        let this = self_arg(vm, &a, "line_buffering")?;
        Ok(Value::Bool(state::<TextIo>(vm, this, NAME)?.line_buffering))
    });
    getter(vm, t, "write_through", |vm, a| {
        let this = self_arg(vm, &a, "write_through")?;
        Ok(Value::Bool(state::<TextIo>(vm, this, NAME)?.write_through))
    });
    getter(vm, t, "newlines", |vm, a| {
        let this = self_arg(vm, &a, "newlines")?;
        let s = state::<TextIo>(vm, this, NAME)?;
        Ok(if s.universal && s.readable {
            newlines_value(vm, s.seen)
        } else {
            Value::None
        })
    });
    getter(vm, t, "_CHUNK_SIZE", |vm, a| {
        let this = self_arg(vm, &a, "_CHUNK_SIZE")?;
        Ok(Value::Int(
            state::<TextIo>(vm, this, NAME)?.chunk_size as i64,
        ))
    });
}

fn empty() -> TextIo {
    TextIo {
        buffer: None,
        detached: false,
        encoding: String::new(),
        errors: String::new(),
        layout: Some(false),
        translate: true,
        universal: true,
        readnl: String::new(),
        writenl: None,
        line_buffering: false,
        write_through: false,
        readable: false,
        writable: false,
        seekable: false,
        telling: false,
        rbytes: Vec::new(),
        rpos: 0,
        eof: false,
        seen: 0,
        pending_cr: false,
        chunk_start: 0,
        chunk_pos: -1,
        chunk_size: 8192,
        has_read1: false,
        bom_due: false,
        converted: false,
    }
}

/// The buffer, or the `ValueError` of a detached or uninitialised wrapper.
pub fn buffer_of(vm: &Vm, this: &Value) -> PyResult<Value> {
    let s = state::<TextIo>(vm, this, NAME)?;
    match &s.buffer {
        Some(b) => Ok(b.clone()),
        None if s.detached => Err(vm.value_error("underlying buffer has been detached")),
        None => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

/// The buffer of an open wrapper; `I/O operation on closed file.` otherwise.
pub fn open_buffer(vm: &Vm, this: &Value) -> PyResult<Value> {
    let b = buffer_of(vm, this)?;
    if super::is_closed(vm, &b)? {
        return Err(closed_error(vm));
    }
    Ok(b)
}

fn buffer_attr(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let b = buffer_of(vm, this)?;
    vm.getattr_str(&b, name)
}

fn delegate(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let b = buffer_of(vm, this)?;
    call_method(vm, &b, name, &[])
}

/// An `encoding`/`errors` argument: a str or None, else `TextIOWrapper()`'s `TypeError`.
fn opt_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "TextIOWrapper() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// Checks `newline` as `TextIOWrapper()` does: `Ok(None)` for None.
fn newline_of(vm: &Vm, v: Option<&Value>) -> PyResult<Option<String>> {
    let nl = opt_str(vm, v, "newline")?;
    if let Some(n) = &nl {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {n}")));
        }
    }
    Ok(nl)
}

fn set_newline(s: &mut TextIo, nl: Option<String>) {
    s.translate = nl.is_none();
    s.universal = nl.as_deref().is_none_or(str::is_empty);
    s.readnl = nl.clone().unwrap_or_default();
    s.writenl = nl.filter(|n| n.starts_with('\r'));
}

/// The codec name the wrapper reports: the locale's (`UTF-8`) for None and "locale".
fn encoding_name(enc: Option<String>) -> String {
    match enc.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    }
}

fn init_text(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, NAME)?;
    const SIG: Sig = Sig::new(
        "TextIOWrapper",
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    );
    let a = SIG.bind(vm, &rest(&args))?;
    let buffer = a[0].cloned().unwrap_or(Value::None);
    let encoding = encoding_name(opt_str(vm, a[1], "encoding")?);
    let errors = opt_str(vm, a[2], "errors")?.unwrap_or_else(|| "strict".to_string());
    let newline = newline_of(vm, a[3])?;
    let line_buffering = vm.truthy(a[4].unwrap_or(&Value::Bool(false)))?;
    let write_through = vm.truthy(a[5].unwrap_or(&Value::Bool(false)))?;
    let layout = crate::builtins::codecs::ascii_layout(vm, &encoding)?;
    let readable = vm.truthy(&call_method(vm, &buffer, "readable", &[])?)?;
    let writable = vm.truthy(&call_method(vm, &buffer, "writable", &[])?)?;
    let seekable = vm.truthy(&call_method(vm, &buffer, "seekable", &[])?)?;
    let has_read1 = vm.getattr_opt(&buffer, "read1")?.is_some();
    let at_start = if seekable && writable && layout.is_none() {
        let p = call_method(vm, &buffer, "tell", &[])?;
        vm.index_arg(&p)? == 0
    } else {
        true
    };
    let mut s = state::<TextIo>(vm, this, NAME)?;
    *s = empty();
    s.buffer = Some(buffer);
    s.encoding = encoding;
    s.errors = errors;
    s.layout = layout;
    set_newline(&mut s, newline);
    s.line_buffering = line_buffering;
    s.write_through = write_through;
    s.readable = readable;
    s.writable = writable;
    s.seekable = seekable;
    s.telling = seekable;
    s.has_read1 = has_read1;
    s.bom_due = layout.is_none() && at_start;
    Ok(Value::None)
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "write")?;
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let buffer = open_buffer(vm, this)?;
    let Some(text) = str_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let (data, flush) = {
        let mut s = state::<TextIo>(vm, this, NAME)?;
        if !s.writable {
            return Err(unsupported(vm, "not writable"));
        }
        let flush = s.line_buffering && (text.contains('\n') || text.contains('\r'));
        let translated;
        let text = match &s.writenl {
            Some(nl) if text.contains('\n') => {
                translated = text.replace('\n', nl);
                translated.as_str()
            }
            _ => text,
        };
        let mut data = crate::builtins::codecs::encode(vm, text, &s.encoding, &s.errors)?;
        if s.layout.is_none() {
            if !s.bom_due {
                strip_bom(&mut data);
            }
            s.bom_due = false;
        }
        // Unconsumed read-ahead is dropped, as CPython drops its decoded characters.
        s.rbytes.clear();
        s.rpos = 0;
        s.eof = false;
        s.chunk_start = 0;
        s.chunk_pos = -1;
        (data, flush || s.write_through)
    };
    call_method(vm, &buffer, "write", &[vm.new_bytes(data)])?;
    if flush {
        call_method(vm, &buffer, "flush", &[])?;
    }
    Ok(Value::Int(text.chars().count() as i64))
}

/// Removes the byte order mark a UTF-16/32 encoder put first.
fn strip_bom(data: &mut Vec<u8>) {
    if data.starts_with(&[0xff, 0xfe, 0, 0]) || data.starts_with(&[0, 0, 0xfe, 0xff]) {
        data.drain(..4);
    } else if data.starts_with(&[0xff, 0xfe]) || data.starts_with(&[0xfe, 0xff]) {
        data.drain(..2);
    }
}

fn flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "flush")?;
    let buffer = open_buffer(vm, this)?;
    {
        let mut s = state::<TextIo>(vm, this, NAME)?;
        s.telling = s.seekable;
    }
    call_method(vm, &buffer, "flush", &[])
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    let buffer = buffer_of(vm, this)?;
    if super::is_closed(vm, &buffer)? {
        return Ok(Value::None);
    }
    let flushed = call_method(vm, this, "flush", &[]);
    let closed = call_method(vm, &buffer, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

/// The logical position: the buffer's, less the read-ahead not consumed.
pub fn position(vm: &Vm, this: &Value, buffer: &Value) -> PyResult<i64> {
    let p = call_method(vm, buffer, "tell", &[])?;
    let p = vm.index_arg(&p)?;
    let s = state::<TextIo>(vm, this, NAME)?;
    Ok(p - (s.rbytes.len() - s.rpos) as i64)
}

fn tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "tell")?;
    let buffer = open_buffer(vm, this)?;
    {
        let s = state::<TextIo>(vm, this, NAME)?;
        if !s.seekable {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !s.telling {
            return Err(vm.new_error(
                &vm.types().exc.os_error,
                "telling position disabled by next() call",
            ));
        }
    }
    call_method(vm, &buffer, "flush", &[])?;
    {
        // CPython's tell() re-decodes the current chunk from a reset decoder when that
        // chunk starts the file: `newlines` then counts only what precedes the position.
        let mut s = state::<TextIo>(vm, this, NAME)?;
        if s.universal && s.chunk_pos == 0 && s.rpos > s.chunk_start && s.rpos <= s.rbytes.len() {
            let mut seen = 0;
            let mut pending = false;
            let (a, b) = (s.chunk_start, s.rpos);
            super::newlines::scan(&s.rbytes[a..b], &mut seen, &mut pending, false);
            s.seen = seen;
        }
    }
    Ok(Value::Int(position(vm, this, &buffer)?))
}

fn reset_reads(vm: &Vm, this: &Value) -> PyResult<()> {
    let mut s = state::<TextIo>(vm, this, NAME)?;
    s.rbytes.clear();
    s.rpos = 0;
    s.eof = false;
    s.chunk_start = 0;
    s.chunk_pos = -1;
    Ok(())
}

fn seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "seek")?;
    let a = rest(&args).fixed(vm, "seek", 1, 2)?;
    let buffer = open_buffer(vm, this)?;
    let whence = match a.get(1) {
        Some(w) => vm.index_arg(w)?,
        None => 0,
    };
    if !state::<TextIo>(vm, this, NAME)?.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let zero = matches!(vm.eq(&a[0], &Value::Int(0)), Ok(true));
    match whence {
        1 => {
            if !zero {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            call_method(vm, &buffer, "flush", &[])?;
            let pos = position(vm, this, &buffer)?;
            call_method(vm, &buffer, "seek", &[Value::Int(pos)])?;
            reset_reads(vm, this)?;
            Ok(Value::Int(pos))
        }
        2 => {
            if !zero {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            call_method(vm, this, "flush", &[])?;
            reset_reads(vm, this)?;
            call_method(vm, &buffer, "seek", &[Value::Int(0), Value::Int(2)])
        }
        0 => {
            let cookie = vm.index_arg(&a[0])?;
            if cookie < 0 {
                return Err(vm.value_error(format!("negative seek position {cookie}")));
            }
            call_method(vm, this, "flush", &[])?;
            reset_reads(vm, this)?;
            call_method(vm, &buffer, "seek", &[Value::Int(cookie)])?;
            {
                let mut s = state::<TextIo>(vm, this, NAME)?;
                s.bom_due = s.layout.is_none() && cookie == 0;
            }
            Ok(Value::Int(cookie))
        }
        _ => Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "truncate")?;
    let a = rest(&args).fixed(vm, "truncate", 0, 1)?;
    let buffer = open_buffer(vm, this)?;
    call_method(vm, this, "flush", &[])?;
    let pos = match a.first() {
        Some(p) if !p.is_none() => p.clone(),
        _ => Value::Int(position(vm, this, &buffer)?),
    };
    call_method(vm, &buffer, "truncate", &[pos])
}

fn detach(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "detach")?;
    let buffer = buffer_of(vm, this)?;
    call_method(vm, this, "flush", &[])?;
    let mut s = state::<TextIo>(vm, this, NAME)?;
    s.buffer = None;
    s.detached = true;
    Ok(buffer)
}

fn reconfigure(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "reconfigure")?;
    let r = rest(&args);
    if !r.pos().is_empty() {
        return Err(vm.type_error(format!(
            "reconfigure() takes exactly 0 positional arguments ({} given)",
            r.pos().len()
        )));
    }
    r.only_kwargs(
        vm,
        "reconfigure",
        &[
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
    )?;
    let encoding = opt_str(vm, r.kwarg("encoding"), "encoding")?;
    let errors = opt_str(vm, r.kwarg("errors"), "errors")?;
    let newline = match r.kwarg("newline") {
        None => None,
        Some(v) => Some(newline_of(vm, Some(v))?),
    };
    let line_buffering = match r.kwarg("line_buffering") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    let write_through = match r.kwarg("write_through") {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.truthy(v)?),
    };
    let layout = match &encoding {
        Some(e) => Some(crate::builtins::codecs::ascii_layout(vm, e)?),
        None => None,
    };
    call_method(vm, this, "flush", &[])?;
    let mut s = state::<TextIo>(vm, this, NAME)?;
    if let Some(e) = encoding {
        s.encoding = encoding_name(Some(e));
        s.errors = errors.unwrap_or_else(|| "strict".to_string());
    } else if let Some(e) = errors {
        s.errors = e;
    }
    if let Some(l) = layout {
        s.layout = l;
    }
    if let Some(nl) = newline {
        set_newline(&mut s, nl);
    }
    if let Some(b) = line_buffering {
        s.line_buffering = b;
    }
    if let Some(b) = write_through {
        s.write_through = b;
    }
    Ok(Value::None)
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let mut out = format!("<{}", super::tp_name(vm, this));
    let exc = &vm.types().exc;
    for attr in ["name", "mode"] {
        match vm.getattr_str(this, attr) {
            Ok(v) => out.push_str(&format!(" {attr}={}", vm.repr(&v)?)),
            Err(e)
                if vm.err_matches(&e, &exc.value_error)
                    || vm.err_matches(&e, &exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    let enc = state::<TextIo>(vm, this, NAME)?.encoding.clone();
    out.push_str(&format!(" encoding={}>", vm.repr(&vm.new_str(enc))?));
    Ok(vm.new_str(out))
}
