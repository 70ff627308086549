//! `_posix`: the native half of pyvm's `posix` module (the rest, `stat_result`, `fspath`,
//! `environ`, is Python in `lib/posix.py`). File-system queries and process facts that
//! `os` and `os.path` need, with CPython's `OSError` subclasses and messages.

use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &Vm, ns: &PyRef) {
    function(vm, ns, "posix", "getcwd", getcwd);
    function(vm, ns, "posix", "listdir", listdir);
    function(vm, ns, "posix", "_stat", stat);
    function(vm, ns, "posix", "getpid", getpid);
    function(vm, ns, "posix", "strerror", strerror);
    function(vm, ns, "posix", "urandom", urandom);
    function(vm, ns, "posix", "_environ", environ);
    function(vm, ns, "posix", "putenv", putenv);
    function(vm, ns, "posix", "unsetenv", unsetenv);
    function(vm, ns, "posix", "mkdir", mkdir);
    function(vm, ns, "posix", "rmdir", rmdir);
    function(vm, ns, "posix", "unlink", unlink);
    function(vm, ns, "posix", "remove", unlink);
    function(vm, ns, "posix", "rename", rename);
    function(vm, ns, "posix", "replace", rename);
    function(vm, ns, "posix", "_exit", exit);
    function(vm, ns, "posix", "cpu_count", cpu_count);
    function(vm, ns, "posix", "_get_terminal_size", get_terminal_size);
    function(vm, ns, "posix", "open", open);
    function(vm, ns, "posix", "read", read);
    function(vm, ns, "posix", "write", write);
    function(vm, ns, "posix", "close", close);
    function(vm, ns, "posix", "lseek", lseek);
}

/// The text of OS error `code`, as C's `strerror` gives it.
pub fn error_text(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    match s.rfind(" (os error") {
        Some(at) => s[..at].to_string(),
        None => s,
    }
}

/// The `OSError` (subclass chosen by errno, as CPython chooses) for `e` on `filename`.
pub fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let exc = &vm.types().exc;
    let Some(code) = e.raw_os_error() else {
        return vm.new_error(&exc.os_error, e.to_string());
    };
    let cls = match code {
        2 => &exc.file_not_found_error,
        17 => &exc.file_exists_error,
        1 | 13 => &exc.permission_error,
        20 => &exc.not_a_directory_error,
        21 => &exc.is_a_directory_error,
        _ => &exc.os_error,
    };
    let mut args = vec![Value::Int(code as i64), vm.new_str(error_text(code))];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call_positional(&Value::Obj(cls.clone()), &args) {
        Ok(v) => match v {
            Value::Obj(o) => PyErr(o),
            _ => vm.new_error(&exc.os_error, e.to_string()),
        },
        Err(err) => err,
    }
}

fn path_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(s.as_str().to_string()),
        None => match vm.bytes_like(v) {
            Some(b) => Ok(String::from_utf8_lossy(&b).into_owned()),
            None => Err(vm.type_error(format!(
                "{func}: path should be string, bytes or os.PathLike, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn getcwd(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_str(d.to_string_lossy()))
}

fn listdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "listdir", 0, 1)?;
    let (path, as_bytes) = match a.first() {
        None | Some(Value::None) => (".".to_string(), false),
        Some(v) => (
            path_arg(vm, v, "listdir")?,
            vm.bytes_like(v).is_some() && v.as_obj().and_then(|o| o.as_str()).is_none(),
        ),
    };
    let shown = a.first().cloned().unwrap_or_else(|| vm.new_str("."));
    let rd = std::fs::read_dir(&path).map_err(|e| os_error(vm, &e, Some(&shown)))?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(vm, &e, Some(&shown)))?;
        let name = entry.file_name();
        out.push(if as_bytes {
            vm.new_bytes(name.as_bytes().to_vec())
        } else {
            vm.new_str(name.to_string_lossy())
        });
    }
    Ok(vm.new_list(out))
}

/// `_stat(path, follow_symlinks)`: the 13 numbers `stat_result` is made from (the ten
/// classic fields, with float times, then the three times in nanoseconds).
fn stat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "stat", 2, 2)?;
    let follow = vm.truthy(&a[1])?;
    let path = path_arg(vm, &a[0], "stat")?;
    let md = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    let t = |s: i64, ns: i64| Value::Float(s as f64 + ns as f64 * 1e-9);
    let n = |s: i64, ns: i64| vm.new_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    Ok(vm.new_tuple(vec![
        Value::Int(md.mode() as i64),
        Value::Int(md.ino() as i64),
        Value::Int(md.dev() as i64),
        Value::Int(md.nlink() as i64),
        Value::Int(md.uid() as i64),
        Value::Int(md.gid() as i64),
        Value::Int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
        n(md.atime(), md.atime_nsec()),
        n(md.mtime(), md.mtime_nsec()),
        n(md.ctime(), md.ctime_nsec()),
    ]))
}

fn getpid(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "getpid", 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn strerror(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "strerror", 1, 1)?;
    let code = vm.index_arg(&a[0])?;
    Ok(vm.new_str(error_text(code as i32)))
}

fn urandom(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    let a = args.fixed(vm, "urandom", 1, 1)?;
    let n = vm.index_arg(&a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_bytes(buf))
}

/// The process environment as a dict of bytes to bytes (`posix.environ`).
fn environ(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "_environ", 0, 0)?;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        vm.dict_set(
            &d,
            vm.new_bytes(k.as_bytes().to_vec()),
            vm.new_bytes(v.as_bytes().to_vec()),
        )?;
    }
    Ok(Value::Obj(d))
}

fn env_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    path_arg(vm, v, func)
}

fn putenv(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "putenv", 2, 2)?;
    let k = env_arg(vm, &a[0], "putenv")?;
    let v = env_arg(vm, &a[1], "putenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if k.contains('\0') || v.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "unsetenv", 1, 1)?;
    let k = env_arg(vm, &a[0], "unsetenv")?;
    if k.is_empty() || k.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn mkdir(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let a = args.count(vm, "mkdir", 1, 2)?;
    let path = path_arg(vm, &a[0], "mkdir")?;
    let mode = match a.get(1) {
        Some(m) => vm.index_arg(m)? as u32,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&path)
        .map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn rmdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "rmdir", 1, 1)?;
    let path = path_arg(vm, &a[0], "rmdir")?;
    std::fs::remove_dir(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn unlink(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "unlink", 1, 1)?;
    let path = path_arg(vm, &a[0], "unlink")?;
    std::fs::remove_file(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn rename(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.count(vm, "rename", 2, 2)?;
    let from = path_arg(vm, &a[0], "rename")?;
    let to = path_arg(vm, &a[1], "rename")?;
    std::fs::rename(&from, &to).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::None)
}

fn exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "_exit", 1, 1)?;
    let code = vm.index_arg(&a[0])?;
    vm.flush_stdout();
    std::process::exit(code as i32);
}

fn cpu_count(vm: &Vm, args: Args) -> PyResult<Value> {
    args.fixed(vm, "cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

/// A `File` view of descriptor `fd` that never closes it.
fn borrow_fd(fd: i64) -> std::mem::ManuallyDrop<std::fs::File> {
    use std::os::unix::io::FromRawFd;
    // SAFETY: `File` only issues read/write/seek system calls on the descriptor, which fail
    // with EBADF if it is not open; `ManuallyDrop` keeps it from being closed here, so the
    // descriptor's owner (the Python program) still decides when it is closed.
    std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd as i32) })
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let fd = vm.index_arg(v)?;
    if !(0..=i32::MAX as i64).contains(&fd) {
        return Err(vm.new_error(&vm.types().exc.os_error, "[Errno 9] Bad file descriptor"));
    }
    Ok(fd)
}

/// `open(path, flags, mode=0o777)`: a new file descriptor.
pub fn open(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::IntoRawFd;
    let a = args.count(vm, "open", 2, 3)?;
    let path = path_arg(vm, &a[0], "open")?;
    let flags = vm.index_arg(&a[1])? as i32;
    let mode = match a.get(2) {
        Some(m) => vm.index_arg(m)? as u32,
        None => 0o777,
    };
    let access = flags & 3;
    let mut o = std::fs::OpenOptions::new();
    o.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .mode(mode)
        // The access mode is set above; the other flags (O_CREAT, O_TRUNC, ...) pass as-is.
        .custom_flags(flags & !3);
    let f = o.open(&path).map_err(|e| os_error(vm, &e, Some(&a[0])))?;
    Ok(Value::Int(f.into_raw_fd() as i64))
}

fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    let a = args.fixed(vm, "read", 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let n = vm.index_arg(&a[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let mut buf = vec![0u8; n as usize];
    let got = borrow_fd(fd)
        .read(&mut buf)
        .map_err(|e| os_error(vm, &e, None))?;
    buf.truncate(got);
    Ok(vm.new_bytes(buf))
}

fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::io::Write;
    let a = args.fixed(vm, "write", 2, 2)?;
    let fd = fd_arg(vm, &a[0])?;
    let Some(data) = vm.bytes_like(&a[1]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[1])
        )));
    };
    if fd == 1 {
        vm.flush_stdout();
    }
    let n = borrow_fd(fd)
        .write(&data)
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::io::FromRawFd;
    let a = args.fixed(vm, "close", 1, 1)?;
    let fd = fd_arg(vm, &a[0])?;
    // SAFETY: the program asked to close this descriptor; dropping the `File` closes it.
    drop(unsafe { std::fs::File::from_raw_fd(fd as i32) });
    Ok(Value::None)
}

fn lseek(vm: &Vm, args: Args) -> PyResult<Value> {
    use std::io::{Seek, SeekFrom};
    let a = args.fixed(vm, "lseek", 3, 3)?;
    let fd = fd_arg(vm, &a[0])?;
    let pos = vm.index_arg(&a[1])?;
    let from = match vm.index_arg(&a[2])? {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(vm.value_error("invalid whence")),
    };
    let at = borrow_fd(fd)
        .seek(from)
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(at as i64))
}

/// `(columns, lines)` of the terminal on `fd` (`os.get_terminal_size`), or `OSError`
/// (ENOTTY when `fd` is not a terminal, as for a pipe).
fn get_terminal_size(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "get_terminal_size", 0, 1)?;
    let fd = match a.first() {
        Some(v) => vm.index_arg(v)?,
        None => 1,
    };
    let fd = i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))?;
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer, which is a live local.
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws as *mut libc::winsize) };
    if r != 0 {
        return Err(os_error(vm, &std::io::Error::last_os_error(), None));
    }
    Ok(vm.new_tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}
