//! pyvm's buffer protocol: the objects whose memory other objects can read (and, for the
//! mutable ones, write): `bytes`, `bytearray`, `array.array` and `memoryview`.
//! [`Vm::bytes_like`](crate::vm::Vm) reads through [`native_bytes`], so `bytes(view)`,
//! `b"".join([view])` and the bytes methods accept views and arrays as CPython's do.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::array::ArrayData;
use super::memoryview::View;

/// Runs `f` on the whole memory of `obj` if it exports a buffer (a memoryview's own
/// window is not applied here: see [`View`]).
pub fn with_root<T>(obj: &Value, f: impl FnOnce(&[u8]) -> T) -> Option<T> {
    match obj.as_obj().map(|o| &o.payload)? {
        Payload::Bytes(b) => Some(f(b)),
        Payload::ByteArray(b) => Some(f(&b.borrow())),
        Payload::Native(cell) => {
            let data = cell.borrow();
            data.downcast_ref::<ArrayData>().map(|a| f(&a.data))
        }
        _ => None,
    }
}

/// Runs `f` on the writable memory of `obj`: `None` if it has none.
pub fn with_root_mut<T>(obj: &Value, f: impl FnOnce(&mut [u8]) -> T) -> Option<T> {
    match obj.as_obj().map(|o| &o.payload)? {
        Payload::ByteArray(b) => Some(f(&mut b.borrow_mut())),
        Payload::Native(cell) => {
            let mut data = cell.borrow_mut();
            data.downcast_mut::<ArrayData>().map(|a| f(&mut a.data))
        }
        _ => None,
    }
}

/// The bytes of a memoryview or array (the other buffer exporters `bytes_like` handles
/// itself); `None` for anything else.
pub fn native_bytes(v: &Value) -> Option<Vec<u8>> {
    let Some(Payload::Native(cell)) = v.as_obj().map(|o| &o.payload) else {
        return None;
    };
    let view = {
        let data = cell.borrow();
        if let Some(a) = data.downcast_ref::<ArrayData>() {
            return Some(a.data.clone());
        }
        data.downcast_ref::<View>()?.clone()
    };
    view.bytes().ok()
}

/// The bytes of any bytes-like `v`, with CPython's `TypeError` otherwise.
pub fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Native(cell)) = v.as_obj().map(|o| &o.payload) {
        let view = cell.borrow().downcast_ref::<View>().cloned();
        if let Some(view) = view {
            return view.bytes().map_err(|e| e.into_err(vm));
        }
    }
    vm.bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Runs `f` on the writable memory of `v` (a bytearray, array or writable contiguous
/// memoryview), with CPython's `TypeError` for anything else.
pub fn write<T>(vm: &Vm, v: &Value, f: impl FnOnce(&mut [u8]) -> PyResult<T>) -> PyResult<T> {
    let not_writable = || {
        vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(v)
        ))
    };
    if let Some(Payload::Native(cell)) = v.as_obj().map(|o| &o.payload) {
        let view = cell.borrow().downcast_ref::<View>().cloned();
        if let Some(view) = view {
            if view.readonly {
                return Err(not_writable());
            }
            view.check(vm)?;
            // Copy the window out, let `f` change it, and write it back.
            let mut window = view.bytes().map_err(|e| e.into_err(vm))?;
            let r = f(&mut window)?;
            view.store(vm, &window)?;
            return Ok(r);
        }
    }
    match with_root_mut(v, |buf| f(buf)) {
        Some(r) => r,
        None => Err(not_writable()),
    }
}
