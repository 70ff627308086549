//! `_io.FileIO`: raw, unbuffered access to a file descriptor (`open(..., buffering=0)` in
//! binary mode, and the bottom layer of every file `open()` returns). The descriptor is
//! closed by `close()`, by the `_IOBase` finalizer, and as a last resort when the Rust state
//! is dropped.

use std::ffi::CString;

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

use super::{bytes_arg, getter, new_instance, size_arg, state, str_of, unsupported};

/// The state of a `FileIO`.
pub struct FileIo {
    /// The descriptor, -1 once closed (or before `__init__`).
    pub fd: i32,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// `st_blksize` of the file: `open()` sizes its buffer by it.
    pub blksize: i64,
    seekable: Option<bool>,
}

impl Drop for FileIo {
    fn drop(&mut self) {
        if self.fd >= 0 && self.closefd {
            // SAFETY: the descriptor is owned by this object (closefd) and still open.
            unsafe { libc::close(self.fd) };
        }
    }
}

pub fn init(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", new);
    method(vm, t, "__init__", init_fileio);
    method(vm, t, "read", read);
    method(vm, t, "readall", readall);
    method(vm, t, "readinto", readinto);
    method(vm, t, "write", write);
    method(vm, t, "seek", seek);
    method(vm, t, "tell", tell);
    method(vm, t, "truncate", truncate);
    method(vm, t, "close", close);
    method(vm, t, "fileno", fileno);
    method(vm, t, "isatty", isatty);
    method(vm, t, "readable", |vm, a| flag(vm, a, |f| f.readable));
    method(vm, t, "writable", |vm, a| flag(vm, a, |f| f.writable));
    method(vm, t, "seekable", seekable);
    method(vm, t, "__repr__", repr);
    method(vm, t, "__getstate__", getstate);
    getter(vm, t, "closed", |vm, a| {
        let this = self_arg(vm, &a, "closed")?;
        Ok(Value::Bool(state::<FileIo>(vm, this, "FileIO")?.fd < 0))
    });
    getter(vm, t, "closefd", |vm, a| {
        let this = self_arg(vm, &a, "closefd")?;
        Ok(Value::Bool(state::<FileIo>(vm, this, "FileIO")?.closefd))
    });
    getter(vm, t, "mode", |vm, a| {
        let this = self_arg(vm, &a, "mode")?;
        Ok(vm.new_str(mode_of(&*state::<FileIo>(vm, this, "FileIO")?)))
    });
    getter(vm, t, "_blksize", |vm, a| {
        let this = self_arg(vm, &a, "_blksize")?;
        Ok(Value::Int(state::<FileIo>(vm, this, "FileIO")?.blksize))
    });
}

fn new(vm: &Vm, args: Args) -> PyResult<Value> {
    new_instance(
        vm,
        &args,
        FileIo {
            fd: -1,
            readable: false,
            writable: false,
            appending: false,
            created: false,
            closefd: true,
            blksize: super::DEFAULT_BUFFER_SIZE as i64,
            seekable: None,
        },
    )
}

/// The last OS error as CPython's `OSError` subclass, naming `filename` if given.
pub fn last_os_error(vm: &Vm, filename: Option<&Value>) -> PyErr {
    crate::modules::posix::os_error(vm, &std::io::Error::last_os_error(), filename)
}

/// `FileIO.mode`: "rb", "wb", "xb", "ab", with "+" when read/write.
fn mode_of(f: &FileIo) -> &'static str {
    match (f.created, f.appending, f.readable, f.writable) {
        (true, _, true, _) => "xb+",
        (true, ..) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, ..) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

fn init_fileio(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "FileIO")?;
    const SIG: Sig = Sig::new("FileIO", &["file", "mode", "closefd", "opener"], 1);
    let a = SIG.bind(vm, &rest(&args))?;
    let file = a[0].cloned().unwrap_or(Value::None);
    let mode = match a[1] {
        None => "r".to_string(),
        Some(m) => match str_of(m) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                )))
            }
        },
    };
    let closefd = match a[2] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = a[3].cloned().unwrap_or(Value::None);
    {
        // Re-initialising an open FileIO closes the old descriptor first.
        let mut f = state::<FileIo>(vm, this, "FileIO")?;
        if f.fd >= 0 {
            if f.closefd {
                // SAFETY: the descriptor is owned and open.
                unsafe { libc::close(f.fd) };
            }
            f.fd = -1;
        }
    }
    if let Value::Float(_) = file {
        return Err(vm.type_error("integer argument expected, got float"));
    }
    let fd_given = match &file {
        Value::Int(_) | Value::Bool(_) => Some(vm.index_arg(&file)?),
        _ => None,
    };
    let (mut rd, mut wr, mut app, mut cre, mut plus) = (false, false, false, false, false);
    let mut rwa = false;
    let bad = || vm.value_error(format!("invalid mode: {mode}"));
    for c in mode.chars() {
        let seen = match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(vm.value_error(
                        "Must have exactly one of create/read/write/append mode and at most one plus",
                    ));
                }
                rwa = true;
                match c {
                    'x' => cre = true,
                    'r' => rd = true,
                    'w' => wr = true,
                    _ => app = true,
                }
                false
            }
            '+' => std::mem::replace(&mut plus, true),
            'b' => false,
            _ => return Err(bad()),
        };
        if seen {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            ));
        }
    }
    if !rwa {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let mut flags = libc::O_CLOEXEC;
    if cre {
        flags |= libc::O_EXCL | libc::O_CREAT;
        wr = true;
    } else if wr {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    } else if app {
        flags |= libc::O_APPEND | libc::O_CREAT;
        wr = true;
    }
    if plus {
        rd = true;
        wr = true;
    }
    flags |= match (rd, wr) {
        (true, true) => libc::O_RDWR,
        (true, false) => libc::O_RDONLY,
        _ => libc::O_WRONLY,
    };
    let fd = match fd_given {
        Some(fd) => {
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            fd as i32
        }
        None => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            if !opener.is_none() {
                let r = vm.call_positional(&opener, &[file.clone(), Value::Int(flags as i64)])?;
                let Value::Int(fd) = r else {
                    return Err(vm.type_error("expected integer from opener"));
                };
                if fd < 0 {
                    return Err(vm.value_error(format!("opener returned {fd}")));
                }
                fd as i32
            } else {
                let path = fs_path(vm, &file)?;
                let c = CString::new(path).map_err(|_| vm.value_error("embedded null byte"))?;
                loop {
                    // SAFETY: `c` is a valid NUL-terminated path.
                    let fd = unsafe { libc::open(c.as_ptr(), flags, 0o666 as libc::c_uint) };
                    if fd >= 0 {
                        break fd;
                    }
                    if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                        return Err(last_os_error(vm, Some(&file)));
                    }
                    crate::gil::check_interrupt(vm)?;
                }
            }
        }
    };
    let owned = fd_given.is_none() || closefd;
    let fail = |_vm: &Vm, err: PyErr| {
        if owned && fd_given.is_none() {
            // SAFETY: the descriptor was opened above and is not yet published.
            unsafe { libc::close(fd) };
        }
        err
    };
    // SAFETY: `st` is plain data that fstat fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: fd is an open descriptor and `st` a valid out-pointer.
    let blksize = if unsafe { libc::fstat(fd, &mut st) } == 0 {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            let e = std::io::Error::from_raw_os_error(libc::EISDIR);
            return Err(fail(
                vm,
                crate::modules::posix::os_error(vm, &e, Some(&file)),
            ));
        }
        st.st_blksize as i64
    } else {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EBADF) {
            return Err(crate::modules::posix::os_error(vm, &e, None));
        }
        super::DEFAULT_BUFFER_SIZE as i64
    };
    {
        let mut f = state::<FileIo>(vm, this, "FileIO")?;
        f.fd = fd;
        f.readable = rd;
        f.writable = wr;
        f.appending = app;
        f.created = cre;
        f.closefd = closefd;
        f.blksize = if blksize > 1 {
            blksize
        } else {
            super::DEFAULT_BUFFER_SIZE as i64
        };
        f.seekable = None;
    }
    vm.setattr(this, &vm.intern("name"), file)?;
    if app {
        // SAFETY: fd is open; seeking to the end is what append mode promises.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    Ok(Value::None)
}

/// The path of a str, bytes or os.PathLike `file`, with `open()`'s `TypeError` otherwise.
fn fs_path(vm: &Vm, file: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = str_of(file) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = vm.bytes_like(file) {
        if let Some(crate::object::Payload::Bytes(_)) = file.as_obj().map(|o| &o.payload) {
            return Ok(b);
        }
    }
    if let Some(f) = vm.getattr_opt(&Value::Obj(vm.type_of(file).clone()), "__fspath__")? {
        let p = vm.call_positional(&f, std::slice::from_ref(file))?;
        if let Some(s) = str_of(&p) {
            return Ok(s.as_bytes().to_vec());
        }
        if let Some(crate::object::Payload::Bytes(b)) = p.as_obj().map(|o| &o.payload) {
            return Ok(b.to_vec());
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(file),
            vm.type_name(&p)
        )));
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(file)
    )))
}

/// The open descriptor of `this` after the closed and mode checks of `what` ("reading",
/// "writing" or "" for none).
fn open_fd(vm: &Vm, this: &Value, what: &str) -> PyResult<i32> {
    let f = state::<FileIo>(vm, this, "FileIO")?;
    if f.fd < 0 {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let ok = match what {
        "reading" => f.readable,
        "writing" => f.writable,
        _ => true,
    };
    if !ok {
        return Err(unsupported(vm, &format!("File not open for {what}")));
    }
    Ok(f.fd)
}

/// `read(2)` of up to `n` bytes; `None` when the descriptor is non-blocking and has none.
pub fn read_fd(vm: &Vm, fd: i32, n: usize) -> PyResult<Option<Vec<u8>>> {
    let mut buf = vec![0u8; n];
    loop {
        // SAFETY: `buf` has room for `n` bytes.
        let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
        if got >= 0 {
            buf.truncate(got as usize);
            return Ok(Some(buf));
        }
        match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::EINTR) => crate::gil::check_interrupt(vm)?,
            Some(libc::EAGAIN) => return Ok(None),
            _ => return Err(last_os_error(vm, None)),
        }
    }
}

/// Everything left on `fd`.
pub fn read_all_fd(vm: &Vm, fd: i32) -> PyResult<Option<Vec<u8>>> {
    let mut out = Vec::new();
    loop {
        let chunk = (out.len() / 2).max(64 * 1024);
        match read_fd(vm, fd, chunk)? {
            None if out.is_empty() => return Ok(None),
            None => return Ok(Some(out)),
            Some(b) if b.is_empty() => return Ok(Some(out)),
            Some(b) => out.extend_from_slice(&b),
        }
    }
}

/// `write(2)` of `data` (one call: the count written, as `FileIO.write` returns).
pub fn write_fd(vm: &Vm, fd: i32, data: &[u8]) -> PyResult<Option<usize>> {
    loop {
        // SAFETY: `data` is a valid slice for reading.
        let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if n >= 0 {
            return Ok(Some(n as usize));
        }
        match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::EINTR) => crate::gil::check_interrupt(vm)?,
            Some(libc::EAGAIN) => return Ok(None),
            _ => return Err(last_os_error(vm, None)),
        }
    }
}

/// `lseek(2)`.
pub fn seek_fd(vm: &Vm, fd: i32, pos: i64, whence: i32) -> PyResult<i64> {
    // SAFETY: lseek on any descriptor is memory-safe.
    let r = unsafe { libc::lseek(fd, pos, whence) };
    if r < 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(r)
}

/// The descriptor of a native `FileIO` (for the buffered layer's direct path), if `raw` is
/// one whose class does not override the methods used.
pub fn native_fd(vm: &Vm, raw: &Value) -> Option<i32> {
    let cls = vm.type_of(raw);
    if !std::rc::Rc::ptr_eq(cls, &super::class(vm, "FileIO")) {
        return None;
    }
    state::<FileIo>(vm, raw, "FileIO").ok().map(|f| f.fd)
}

fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read")?;
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let fd = open_fd(vm, this, "reading")?;
    let data = if n < 0 {
        read_all_fd(vm, fd)?
    } else {
        read_fd(vm, fd, n as usize)?
    };
    Ok(data.map_or(Value::None, |d| vm.new_bytes(d)))
}

fn readall(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readall")?;
    let fd = open_fd(vm, this, "reading")?;
    Ok(read_all_fd(vm, fd)?.map_or(Value::None, |d| vm.new_bytes(d)))
}

fn readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readinto")?;
    let a = rest(&args).fixed(vm, "readinto", 1, 1)?;
    let fd = open_fd(vm, this, "reading")?;
    let n = vm.len(&a[0])?;
    match read_fd(vm, fd, n)? {
        None => Ok(Value::None),
        Some(d) => {
            super::iobase::write_into(vm, &a[0], &d)?;
            Ok(Value::Int(d.len() as i64))
        }
    }
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "write")?;
    let a = rest(&args).fixed(vm, "write", 1, 1)?;
    let fd = open_fd(vm, this, "writing")?;
    let data = bytes_arg(vm, &a[0])?;
    Ok(write_fd(vm, fd, &data)?.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "seek")?;
    let a = rest(&args).fixed(vm, "seek", 1, 2)?;
    let fd = open_fd(vm, this, "")?;
    if let Value::Float(_) = a[0] {
        return Err(vm.type_error("an integer is required"));
    }
    let pos = vm.index_arg(&a[0])?;
    let whence = match a.get(1) {
        Some(w) => vm.index_arg(w)? as i32,
        None => 0,
    };
    Ok(Value::Int(seek_fd(vm, fd, pos, whence)?))
}

fn tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "tell")?;
    let fd = open_fd(vm, this, "")?;
    Ok(Value::Int(seek_fd(vm, fd, 0, libc::SEEK_CUR)?))
}

fn truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "truncate")?;
    let a = rest(&args).fixed(vm, "truncate", 0, 1)?;
    let fd = open_fd(vm, this, "writing")?;
    let size = match a.first() {
        None | Some(Value::None) => seek_fd(vm, fd, 0, libc::SEEK_CUR)?,
        Some(v) => vm.index_arg(v)?,
    };
    // SAFETY: ftruncate on an open descriptor is memory-safe.
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(last_os_error(vm, None));
    }
    Ok(Value::Int(size))
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "close")?;
    let (fd, closefd) = {
        let f = state::<FileIo>(vm, this, "FileIO")?;
        (f.fd, f.closefd)
    };
    if fd < 0 {
        return Ok(Value::None);
    }
    // `_RawIOBase.close`: flush (a no-op for FileIO unless overridden), then mark closed.
    let flushed = super::call_method(vm, this, "flush", &[]);
    state::<FileIo>(vm, this, "FileIO")?.fd = -1;
    if closefd {
        // SAFETY: the descriptor was open and is owned; it is forgotten above.
        if unsafe { libc::close(fd) } != 0 {
            return Err(last_os_error(vm, None));
        }
    }
    flushed.map(|_| Value::None)
}

fn fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "fileno")?;
    Ok(Value::Int(open_fd(vm, this, "")? as i64))
}

fn isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "isatty")?;
    let fd = open_fd(vm, this, "")?;
    // SAFETY: isatty on any descriptor is memory-safe.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn flag(vm: &Vm, args: Args, get: fn(&FileIo) -> bool) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readable")?;
    open_fd(vm, this, "")?;
    Ok(Value::Bool(get(&*state::<FileIo>(vm, this, "FileIO")?)))
}

fn seekable(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "seekable")?;
    let fd = open_fd(vm, this, "")?;
    let mut f = state::<FileIo>(vm, this, "FileIO")?;
    let s = *f.seekable.get_or_insert_with(|| {
        // SAFETY: lseek on an open descriptor is memory-safe.
        unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) >= 0 }
    });
    Ok(Value::Bool(s))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let cls = super::tp_name(vm, this);
    let (fd, mode, closefd) = {
        let f = state::<FileIo>(vm, this, "FileIO")?;
        (f.fd, mode_of(&f), f.closefd)
    };
    if fd < 0 {
        return Ok(vm.new_str(format!("<{cls} [closed]>")));
    }
    let closefd = if closefd { "True" } else { "False" };
    let s = match vm.getattr_opt(this, "name")? {
        Some(name) => format!(
            "<{cls} name={} mode='{mode}' closefd={closefd}>",
            vm.repr(&name)?
        ),
        None => format!("<{cls} fd={fd} mode='{mode}' closefd={closefd}>"),
    };
    Ok(vm.new_str(s))
}

fn getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getstate__")?;
    Err(vm.type_error(format!("cannot pickle '{}' object", vm.type_name(this))))
}
