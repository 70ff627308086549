//! The raw-stream calls of the buffered layer: straight to the descriptor when the raw
//! stream is a plain native `FileIO`, else through its Python methods (`read`, `write`,
//! `seek`, ...), so any `RawIOBase` subclass can sit under a `BufferedReader`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::call_method;
use super::fileio::{native_fd, read_all_fd, read_fd, seek_fd, write_fd};

/// Up to `n` bytes from `raw` (`None`: a non-blocking stream has none now).
pub fn raw_read(vm: &Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(fd) = native_fd(vm, raw).filter(|fd| *fd >= 0) {
        if readable_native(vm, raw) {
            return read_fd(vm, fd, n);
        }
    }
    let r = call_method(vm, raw, "read", &[Value::Int(n as i64)])?;
    if r.is_none() {
        return Ok(None);
    }
    match vm.bytes_like(&r) {
        Some(b) if b.len() <= n => Ok(Some(b)),
        Some(b) => Err(vm.new_error(
            &vm.types().exc.os_error,
            format!(
                "raw readinto() returned invalid length {} (should have been between 0 and {n})",
                b.len()
            ),
        )),
        None => Err(vm.type_error(format!(
            "read() should return bytes, not '{}'",
            vm.type_name(&r)
        ))),
    }
}

fn readable_native(vm: &Vm, raw: &Value) -> bool {
    super::state::<super::fileio::FileIo>(vm, raw, "FileIO").is_ok_and(|f| f.readable)
}

fn writable_native(vm: &Vm, raw: &Value) -> bool {
    super::state::<super::fileio::FileIo>(vm, raw, "FileIO").is_ok_and(|f| f.writable)
}

/// Everything left in `raw`.
pub fn raw_read_all(vm: &Vm, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(fd) = native_fd(vm, raw).filter(|fd| *fd >= 0) {
        if readable_native(vm, raw) {
            return read_all_fd(vm, fd);
        }
    }
    let r = if vm.getattr_opt(raw, "readall")?.is_some() {
        call_method(vm, raw, "readall", &[])?
    } else {
        call_method(vm, raw, "read", &[])?
    };
    if r.is_none() {
        return Ok(None);
    }
    match vm.bytes_like(&r) {
        Some(b) => Ok(Some(b)),
        None => Err(vm.type_error("readall() should return bytes")),
    }
}

/// Writes all of `data` to `raw`.
pub fn raw_write_all(vm: &Vm, raw: &Value, data: &[u8]) -> PyResult<()> {
    let mut done = 0;
    let native = native_fd(vm, raw).filter(|fd| *fd >= 0 && writable_native(vm, raw));
    while done < data.len() {
        let n = match native {
            Some(fd) => write_fd(vm, fd, &data[done..])?,
            None => {
                let chunk = vm.new_bytes(data[done..].to_vec());
                let r = call_method(vm, raw, "write", &[chunk])?;
                if r.is_none() {
                    None
                } else {
                    Some(vm.index_arg(&r)? as usize)
                }
            }
        };
        match n {
            Some(n) if n <= data.len() - done => done += n,
            Some(n) => {
                return Err(vm.new_error(
                    &vm.types().exc.os_error,
                    format!(
                    "raw write() returned invalid length {n} (should have been between 0 and {})",
                    data.len() - done
                ),
                ))
            }
            None => {
                return Err(vm.new_error(
                    &vm.types().exc.blocking_io_error,
                    "write could not complete without blocking",
                ))
            }
        }
    }
    Ok(())
}

/// `raw.seek(pos, whence)`.
pub fn raw_seek(vm: &Vm, raw: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(fd) = native_fd(vm, raw).filter(|fd| *fd >= 0) {
        return seek_fd(vm, fd, pos, whence);
    }
    let r = call_method(
        vm,
        raw,
        "seek",
        &[Value::Int(pos), Value::Int(whence as i64)],
    )?;
    vm.index_arg(&r)
}

/// `raw.tell()`.
pub fn raw_tell(vm: &Vm, raw: &Value) -> PyResult<i64> {
    if let Some(fd) = native_fd(vm, raw).filter(|fd| *fd >= 0) {
        return seek_fd(vm, fd, 0, libc::SEEK_CUR);
    }
    let r = call_method(vm, raw, "tell", &[])?;
    let pos = vm.index_arg(&r)?;
    if pos < 0 {
        return Err(vm.new_error(
            &vm.types().exc.os_error,
            format!("Raw stream returned invalid position {pos}"),
        ));
    }
    Ok(pos)
}
