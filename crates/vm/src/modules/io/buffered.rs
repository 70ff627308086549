//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` (one state, [`Buffered`], the
//! class deciding which methods exist) and `BufferedRWPair`. Reads fill a buffer from the
//! raw stream; writes collect in a buffer flushed when full, on `flush()`, `seek()`,
//! `close()`, and when the object dies.

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::buffered_ops::{raw_read, raw_read_all, raw_seek, raw_tell, raw_write_all};
use super::{bytes_arg, call_method, getter, new_instance, size_arg, state, unsupported};

/// The state of a buffered stream.
pub struct Buffered {
    raw: Option<Value>,
    size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    detached: bool,
}

impl Drop for Buffered {
    /// The last chance to write what is buffered (the finalizer normally has, by closing):
    /// directly to the descriptor of a native `FileIO`.
    fn drop(&mut self) {
        if self.wbuf.is_empty() {
            return;
        }
        let Some(Value::Obj(raw)) = &self.raw else {
            return;
        };
        if let crate::object::Payload::Native(cell) = &raw.payload {
            if let Ok(b) = cell.try_borrow() {
                if let Some(f) = b.downcast_ref::<super::fileio::FileIo>() {
                    if f.fd >= 0 && f.writable {
                        let mut data = &self.wbuf[..];
                        while !data.is_empty() {
                            // SAFETY: the descriptor is open and `data` a valid slice.
                            let n = unsafe { libc::write(f.fd, data.as_ptr().cast(), data.len()) };
                            if n <= 0 {
                                break;
                            }
                            data = &data[n as usize..];
                        }
                    }
                }
            }
        }
    }
}

const NAME: &str = "BufferedReader";

pub fn init(vm: &Vm, t: &PyRef) {
    let name = crate::types::typeobj::data(t).name.borrow().clone();
    static_method(vm, t, "__new__", |vm, a| {
        new_instance(
            vm,
            &a,
            Buffered {
                raw: None,
                size: super::DEFAULT_BUFFER_SIZE,
                rbuf: Vec::new(),
                rpos: 0,
                wbuf: Vec::new(),
                detached: false,
            },
        )
    });
    let reads = name != "BufferedWriter";
    let writes = name != "BufferedReader";
    if reads {
        method(vm, t, "__init__", |vm, a| init_buffered(vm, a, true, false));
        method(vm, t, "read", read);
        method(vm, t, "read1", read1);
        method(vm, t, "peek", peek);
        method(vm, t, "readline", readline);
        method(vm, t, "readinto", |vm, a| readinto(vm, a, false));
        method(vm, t, "readinto1", |vm, a| readinto(vm, a, true));
        method(vm, t, "__next__", next);
        method(vm, t, "readable", |vm, a| delegate(vm, a, "readable"));
    }
    if writes {
        method(vm, t, "write", write);
        method(vm, t, "writable", |vm, a| delegate(vm, a, "writable"));
    }
    match name.as_str() {
        "BufferedWriter" => method(vm, t, "__init__", |vm, a| init_buffered(vm, a, false, true)),
        "BufferedRandom" => method(vm, t, "__init__", |vm, a| init_buffered(vm, a, true, true)),
        _ => {}
    }
    method(vm, t, "flush", flush);
    method(vm, t, "seek", seek);
    method(vm, t, "tell", tell);
    method(vm, t, "truncate", truncate);
    method(vm, t, "close", close);
    method(vm, t, "detach", detach);
    method(vm, t, "fileno", |vm, a| delegate(vm, a, "fileno"));
    method(vm, t, "isatty", |vm, a| delegate(vm, a, "isatty"));
    method(vm, t, "seekable", |vm, a| delegate(vm, a, "seekable"));
    method(vm, t, "__repr__", repr);
    method(vm, t, "__getstate__", |vm, a| {
        let this = self_arg(vm, &a, "__getstate__")?;
        Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))))
    });
    getter(vm, t, "raw", |vm, a| {
        let this = self_arg(vm, &a, "raw")?;
        raw_of(vm, this)
    });
    getter(vm, t, "closed", |vm, a| raw_attr(vm, a, "closed"));
    getter(vm, t, "name", |vm, a| raw_attr(vm, a, "name"));
    getter(vm, t, "mode", |vm, a| raw_attr(vm, a, "mode"));
}

fn raw_attr(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let raw = raw_of(vm, this)?;
    vm.getattr_str(&raw, name)
}

/// The raw stream, or the `ValueError` of a detached or uninitialised object.
fn raw_of(vm: &Vm, this: &Value) -> PyResult<Value> {
    let s = state::<Buffered>(vm, this, NAME)?;
    match &s.raw {
        Some(r) => Ok(r.clone()),
        None if s.detached => Err(vm.value_error("raw stream has been detached")),
        None => Err(vm.value_error("I/O operation on uninitialized object")),
    }
}

fn delegate(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let this = self_arg(vm, &args, name)?;
    let raw = raw_of(vm, this)?;
    call_method(vm, &raw, name, &[])
}

fn init_buffered(vm: &Vm, args: Args, reads: bool, writes: bool) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?;
    let fname = match (reads, writes) {
        (true, true) => "BufferedRandom",
        (true, false) => "BufferedReader",
        _ => "BufferedWriter",
    };
    const PARAMS: &[&str] = &["raw", "buffer_size"];
    let a = Sig::new(fname, PARAMS, 1).bind(vm, &rest(&args))?;
    let raw = a[0].cloned().unwrap_or(Value::None);
    let size = match a[1] {
        None => super::DEFAULT_BUFFER_SIZE as i64,
        Some(v) => vm.index_arg(v)?,
    };
    if writes && reads {
        call_method(vm, &raw, "_checkSeekable", &[])?;
    }
    if reads {
        call_method(vm, &raw, "_checkReadable", &[])?;
    }
    if writes {
        call_method(vm, &raw, "_checkWritable", &[])?;
    }
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    let mut s = state::<Buffered>(vm, this, NAME)?;
    s.raw = Some(raw);
    s.size = size as usize;
    s.rbuf.clear();
    s.rpos = 0;
    s.wbuf.clear();
    s.detached = false;
    drop(s);
    if writes {
        if let Some(o) = this.as_obj() {
            WRITERS.with(|w| {
                let mut w = w.borrow_mut();
                if w.len() >= 64 && w.len().is_power_of_two() {
                    w.retain(|x| x.strong_count() > 0);
                }
                w.push(std::rc::Rc::downgrade(o));
            });
        }
    }
    Ok(Value::None)
}

thread_local! {
    /// The buffered writers made on this thread, flushed when the program ends.
    static WRITERS: std::cell::RefCell<Vec<std::rc::Weak<crate::object::PyObject>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Flushes every buffered writer still alive (errors are dropped: the program is ending).
pub fn flush_all(vm: &Vm) {
    let writers = WRITERS.with(|w| std::mem::take(&mut *w.borrow_mut()));
    for w in writers.iter().rev() {
        if let Some(o) = w.upgrade() {
            let this = Value::Obj(o);
            if let Ok(raw) = raw_of(vm, &this) {
                if !raw_closed(vm, &raw).unwrap_or(true) {
                    let _ = flush_writes(vm, &this, &raw);
                }
            }
        }
    }
}

/// Whether the raw stream is closed.
fn raw_closed(vm: &Vm, raw: &Value) -> PyResult<bool> {
    if let Some(fd) = super::fileio::native_fd(vm, raw) {
        return Ok(fd < 0);
    }
    super::is_closed(vm, raw)
}

/// The raw stream of an open object; `what of closed file` otherwise.
fn open_raw(vm: &Vm, this: &Value, what: &str) -> PyResult<Value> {
    let raw = raw_of(vm, this)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.value_error(format!("{what} of closed file")));
    }
    Ok(raw)
}

/// Writes out the write buffer.
fn flush_writes(vm: &Vm, this: &Value, raw: &Value) -> PyResult<()> {
    let data = std::mem::take(&mut state::<Buffered>(vm, this, NAME)?.wbuf);
    if !data.is_empty() {
        raw_write_all(vm, raw, &data)?;
    }
    Ok(())
}

/// Drops the read buffer, moving the raw position back over what was not consumed.
fn rewind_reads(vm: &Vm, this: &Value, raw: &Value) -> PyResult<()> {
    let unread = {
        let mut s = state::<Buffered>(vm, this, NAME)?;
        let n = s.rbuf.len() - s.rpos;
        s.rbuf.clear();
        s.rpos = 0;
        n
    };
    if unread > 0 {
        raw_seek(vm, raw, -(unread as i64), 1)?;
    }
    Ok(())
}

/// The unread buffered bytes, taken out of the buffer.
fn take_buffered(vm: &Vm, this: &Value, max: usize) -> PyResult<Vec<u8>> {
    let mut s = state::<Buffered>(vm, this, NAME)?;
    let end = s.rpos.saturating_add(max).min(s.rbuf.len());
    let out = s.rbuf[s.rpos..end].to_vec();
    s.rpos = end;
    if s.rpos == s.rbuf.len() {
        s.rbuf.clear();
        s.rpos = 0;
    }
    Ok(out)
}

/// Reads one raw chunk into the (empty) read buffer; false at end of file.
fn fill(vm: &Vm, this: &Value, raw: &Value) -> PyResult<Option<bool>> {
    let size = state::<Buffered>(vm, this, NAME)?.size;
    match raw_read(vm, raw, size)? {
        None => Ok(None),
        Some(b) if b.is_empty() => Ok(Some(false)),
        Some(b) => {
            let mut s = state::<Buffered>(vm, this, NAME)?;
            let used = s.rpos;
            s.rbuf.drain(..used);
            s.rpos = 0;
            s.rbuf.extend_from_slice(&b);
            Ok(Some(true))
        }
    }
}

fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read")?;
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let raw = open_raw(vm, this, "read")?;
    flush_writes(vm, this, &raw)?;
    let mut out = take_buffered(vm, this, if n < 0 { usize::MAX } else { n as usize })?;
    if n < 0 {
        match raw_read_all(vm, &raw)? {
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(Value::None),
            None => {}
        }
        return Ok(vm.new_bytes(out));
    }
    let n = n as usize;
    while out.len() < n {
        match fill(vm, this, &raw)? {
            Some(true) => out.extend(take_buffered(vm, this, n - out.len())?),
            Some(false) => break,
            None if out.is_empty() => return Ok(Value::None),
            None => break,
        }
    }
    Ok(vm.new_bytes(out))
}

fn read1(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read1")?;
    let a = rest(&args).fixed(vm, "read1", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let raw = open_raw(vm, this, "read")?;
    flush_writes(vm, this, &raw)?;
    let n = if n < 0 { usize::MAX } else { n as usize };
    if n == 0 {
        return Ok(vm.new_bytes(Vec::new()));
    }
    let out = take_buffered(vm, this, n)?;
    if !out.is_empty() {
        return Ok(vm.new_bytes(out));
    }
    fill(vm, this, &raw)?;
    Ok(vm.new_bytes(take_buffered(vm, this, n)?))
}

fn peek(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "peek")?;
    rest(&args).fixed(vm, "peek", 0, 1)?;
    let raw = open_raw(vm, this, "peek")?;
    flush_writes(vm, this, &raw)?;
    let empty = {
        let s = state::<Buffered>(vm, this, NAME)?;
        s.rpos >= s.rbuf.len()
    };
    if empty {
        fill(vm, this, &raw)?;
    }
    let s = state::<Buffered>(vm, this, NAME)?;
    Ok(vm.new_bytes(s.rbuf[s.rpos..].to_vec()))
}

/// One line (up to `limit` bytes), reading on until a newline or end of file.
pub fn read_line(vm: &Vm, this: &Value, limit: i64, what: &str) -> PyResult<Vec<u8>> {
    let raw = open_raw(vm, this, what)?;
    flush_writes(vm, this, &raw)?;
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::new();
    while out.len() < limit {
        let found = {
            let mut s = state::<Buffered>(vm, this, NAME)?;
            let avail = &s.rbuf[s.rpos..];
            let want = limit - out.len();
            let (take, done) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) if i < want => (i + 1, true),
                _ => (avail.len().min(want), avail.len() >= want),
            };
            out.extend_from_slice(&avail[..take]);
            s.rpos += take;
            done
        };
        if found || out.len() >= limit {
            break;
        }
        if fill(vm, this, &raw)? != Some(true) {
            break;
        }
    }
    Ok(out)
}

fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readline")?;
    let a = rest(&args).fixed(vm, "readline", 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    Ok(vm.new_bytes(read_line(vm, this, limit, "readline")?))
}

fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__next__")?;
    let line = read_line(vm, this, -1, "readline")?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(line))
}

fn readinto(vm: &Vm, args: Args, one: bool) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readinto")?;
    let a = rest(&args).fixed(vm, "readinto", 1, 1)?;
    let n = vm.len(&a[0])?;
    let raw = open_raw(vm, this, "readinto")?;
    flush_writes(vm, this, &raw)?;
    let mut out = take_buffered(vm, this, n)?;
    while out.len() < n && (!one || out.is_empty()) {
        if fill(vm, this, &raw)? != Some(true) {
            break;
        }
        out.extend(take_buffered(vm, this, n - out.len())?);
    }
    super::iobase::write_into(vm, &a[0], &out)?;
    Ok(Value::Int(out.len() as i64))
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "write")?;
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let data = bytes_arg(vm, &a[0])?;
    let raw = open_raw(vm, this, "write to")?;
    write_bytes(vm, this, &raw, &data)?;
    Ok(Value::Int(data.len() as i64))
}

/// Buffers `data` (after moving back over unread input), flushing when the buffer fills.
pub fn write_bytes(vm: &Vm, this: &Value, raw: &Value, data: &[u8]) -> PyResult<()> {
    let has_reads = {
        let s = state::<Buffered>(vm, this, NAME)?;
        s.rpos < s.rbuf.len()
    };
    if has_reads {
        rewind_reads(vm, this, raw)?;
    }
    let full = {
        let mut s = state::<Buffered>(vm, this, NAME)?;
        s.rbuf.clear();
        s.rpos = 0;
        s.wbuf.extend_from_slice(data);
        s.wbuf.len() >= s.size
    };
    if full {
        flush_writes(vm, this, raw)?;
    }
    Ok(())
}

fn flush(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "flush")?;
    let raw = raw_of(vm, this)?;
    if raw_closed(vm, &raw)? {
        let writes = !std::rc::Rc::ptr_eq(vm.type_of(this), &super::class(vm, "BufferedReader"));
        return Err(if writes {
            vm.value_error("flush of closed file")
        } else {
            super::closed_error(vm)
        });
    }
    flush_writes(vm, this, &raw)?;
    Ok(Value::None)
}

/// Flushes the buffered layer of `this` (a native buffered stream); used by the text layer.
pub fn flush_native(vm: &Vm, this: &Value) -> PyResult<()> {
    let raw = raw_of(vm, this)?;
    flush_writes(vm, this, &raw)
}

fn seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "seek")?;
    let a = rest(&args).fixed(vm, "seek", 1, 2)?;
    let pos = vm.index_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_arg(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let raw = open_raw(vm, this, "seek")?;
    flush_writes(vm, this, &raw)?;
    let unread = {
        let mut s = state::<Buffered>(vm, this, NAME)?;
        let n = s.rbuf.len() - s.rpos;
        s.rbuf.clear();
        s.rpos = 0;
        n as i64
    };
    let target = if whence == 1 { pos - unread } else { pos };
    Ok(Value::Int(raw_seek(vm, &raw, target, whence as i32)?))
}

fn tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "tell")?;
    let raw = raw_of(vm, this)?;
    let pos = raw_tell(vm, &raw)?;
    let s = state::<Buffered>(vm, this, NAME)?;
    let pos = pos - (s.rbuf.len() - s.rpos) as i64 + s.wbuf.len() as i64;
    Ok(Value::Int(pos.max(0)))
}

fn truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "truncate")?;
    let a = rest(&args).fixed(vm, "truncate", 0, 1)?;
    let raw = open_raw(vm, this, "truncate")?;
    if !vm.truthy(&call_method(vm, &raw, "writable", &[])?)? {
        return Err(unsupported(vm, "truncate"));
    }
    flush_writes(vm, this, &raw)?;
    let pos = match a.first() {
        None | Some(Value::None) => {
            let t = tell(vm, Args::positional(std::slice::from_ref(this)))?;
            vm.index_arg(&t)?
        }
        Some(v) => vm.index_arg(v)?,
    };
    rewind_reads(vm, this, &raw)?;
    call_method(vm, &raw, "truncate", &[Value::Int(pos)])
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    let raw = raw_of(vm, this)?;
    if raw_closed(vm, &raw)? {
        return Ok(Value::None);
    }
    let flushed = flush_writes(vm, this, &raw);
    {
        let mut s = state::<Buffered>(vm, this, NAME)?;
        s.rbuf.clear();
        s.rpos = 0;
    }
    let closed = call_method(vm, &raw, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

fn detach(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "detach")?;
    let raw = raw_of(vm, this)?;
    if raw_closed(vm, &raw)? {
        let writes = !std::rc::Rc::ptr_eq(vm.type_of(this), &super::class(vm, "BufferedReader"));
        return Err(if writes {
            vm.value_error("flush of closed file")
        } else {
            super::closed_error(vm)
        });
    }
    flush_writes(vm, this, &raw)?;
    let mut s = state::<Buffered>(vm, this, NAME)?;
    s.raw = None;
    s.detached = true;
    Ok(raw)
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let cls = super::tp_name(vm, this);
    let name = match vm.getattr_str(this, "name") {
        Ok(n) => Some(n),
        Err(e)
            if vm.err_matches(&e, &vm.types().exc.value_error)
                || vm.err_matches(&e, &vm.types().exc.attribute_error) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    Ok(vm.new_str(match name {
        Some(n) => format!("<{cls} name={}>", vm.repr(&n)?),
        None => format!("<{cls}>"),
    }))
}

/// `BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`: a reader and a
/// writer used as one stream.
struct RwPair {
    reader: Value,
    writer: Value,
}

pub fn init_rwpair(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", |vm, a| {
        new_instance(
            vm,
            &a,
            RwPair {
                reader: Value::None,
                writer: Value::None,
            },
        )
    });
    method(vm, t, "__init__", |vm, args| {
        let this = self_arg(vm, &args, "BufferedRWPair")?;
        const SIG: Sig = Sig::new("BufferedRWPair", &["reader", "writer", "buffer_size"], 2);
        let a = SIG.bind(vm, &rest(&args))?;
        let size = a[2]
            .cloned()
            .unwrap_or(Value::Int(super::DEFAULT_BUFFER_SIZE as i64));
        let r = a[0].cloned().unwrap_or(Value::None);
        let w = a[1].cloned().unwrap_or(Value::None);
        let reader = vm.call_positional(
            &Value::Obj(super::class(vm, "BufferedReader")),
            &[r, size.clone()],
        )?;
        let writer =
            vm.call_positional(&Value::Obj(super::class(vm, "BufferedWriter")), &[w, size])?;
        let mut s = state::<RwPair>(vm, this, "BufferedRWPair")?;
        s.reader = reader;
        s.writer = writer;
        Ok(Value::None)
    });
    macro_rules! forward {
        ($side:ident, $($name:literal),*) => {
            $(method(vm, t, $name, |vm, args| {
                let this = self_arg(vm, &args, $name)?;
                let target = state::<RwPair>(vm, this, "BufferedRWPair")?.$side.clone();
                let m = vm.getattr_str(&target, $name)?;
                vm.call(&m, rest(&args))
            });)*
        };
    }
    forward!(
        reader,
        "read",
        "read1",
        "peek",
        "readinto",
        "readinto1",
        "readable"
    );
    forward!(writer, "write", "flush", "writable");
    method(vm, t, "isatty", |vm, args| {
        let this = self_arg(vm, &args, "isatty")?;
        let (r, w) = {
            let s = state::<RwPair>(vm, this, "BufferedRWPair")?;
            (s.reader.clone(), s.writer.clone())
        };
        if vm.truthy(&call_method(vm, &w, "isatty", &[])?)? {
            return Ok(Value::Bool(true));
        }
        call_method(vm, &r, "isatty", &[])
    });
    method(vm, t, "close", |vm, args| {
        let this = self_arg(vm, &args, "close")?;
        let (r, w) = {
            let s = state::<RwPair>(vm, this, "BufferedRWPair")?;
            (s.reader.clone(), s.writer.clone())
        };
        let first = call_method(vm, &w, "close", &[]);
        let second = call_method(vm, &r, "close", &[]);
        first?;
        second
    });
    getter(vm, t, "closed", |vm, args| {
        let this = self_arg(vm, &args, "closed")?;
        let w = state::<RwPair>(vm, this, "BufferedRWPair")?.writer.clone();
        vm.getattr_str(&w, "closed")
    });
}
