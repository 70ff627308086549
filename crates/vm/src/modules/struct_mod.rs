//! `_struct`: `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`, the
//! `Struct` type and `struct.error`. The format language lives in
//! [`super::struct_format`]; buffers are read and written through [`super::buffer`].

use std::cell::RefCell;

use crate::builtins::{function, method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::buffer;
use super::struct_format::{error, Format};

/// A compiled `Struct`: its format (as given, for `.format`) and layout.
struct StructData {
    format: Value,
    layout: Option<Format>,
}

/// The state of an `iter_unpack` iterator.
struct UnpackIter {
    layout: Format,
    data: Vec<u8>,
    pos: usize,
}

/// A new exception class `module.name` deriving from `base`.
pub fn new_exception_class(vm: &Vm, module: &str, name: &str, base: &PyRef) -> PyRef {
    let ns = vm.new_dict();
    vm.dict_set_str(&ns, "__module__", vm.new_str(module));
    let type_ = Value::Obj(vm.types().type_.clone());
    let args = [
        vm.new_str(name),
        vm.new_tuple(vec![Value::Obj(base.clone())]),
        Value::Obj(ns),
    ];
    match vm.call(&type_, Args::positional(&args)) {
        Ok(Value::Obj(t)) => t,
        _ => base.clone(),
    }
}

/// `struct.error`, one per interpreter.
pub fn error_class(vm: &Vm) -> PyRef {
    vm.native_type("struct.error", |vm| {
        let exc = vm.types().exc.exception.clone();
        new_exception_class(vm, "struct", "error", &exc)
    })
}

fn struct_type(vm: &Vm) -> PyRef {
    vm.native_type("_struct.Struct", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "Struct", "_struct", &object, true);
        static_method(vm, &t, "__new__", struct_new);
        method(vm, &t, "__init__", struct_init);
        method(vm, &t, "pack", s_pack);
        method(vm, &t, "pack_into", s_pack_into);
        method(vm, &t, "unpack", s_unpack);
        method(vm, &t, "unpack_from", s_unpack_from);
        method(vm, &t, "iter_unpack", s_iter_unpack);
        method(vm, &t, "__getattr__", s_getattr);
        t
    })
}

fn unpack_iter_type(vm: &Vm) -> PyRef {
    vm.native_type("_struct.unpack_iterator", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "unpack_iterator", "_struct", &object, false);
        method(vm, &t, "__iter__", iter_self);
        method(vm, &t, "__next__", iter_next);
        method(vm, &t, "__length_hint__", iter_length_hint);
        t
    })
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let m = "_struct";
    vm.dict_set_str(ns, "error", Value::Obj(error_class(vm)));
    vm.dict_set_str(ns, "Struct", Value::Obj(struct_type(vm)));
    function(vm, ns, m, "pack", pack);
    function(vm, ns, m, "pack_into", pack_into);
    function(vm, ns, m, "unpack", unpack);
    function(vm, ns, m, "unpack_from", unpack_from);
    function(vm, ns, m, "iter_unpack", iter_unpack);
    function(vm, ns, m, "calcsize", calcsize);
    function(vm, ns, m, "_clearcache", clearcache);
}

/// The bytes of a format argument (`str` or `bytes`).
fn format_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_obj().and_then(|o| o.as_str()) {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(Payload::Bytes(b)) = v.as_obj().map(|o| &o.payload) {
        return Ok(b.to_vec());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    )))
}

fn layout_of(vm: &Vm, fmt: &Value) -> PyResult<Format> {
    Format::parse(vm, &format_bytes(vm, fmt)?)
}

// ---- the shared operations ----

fn do_pack(vm: &Vm, f: &Format, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    if args.len() != f.items {
        return Err(error(
            vm,
            format!(
                "{name} expected {} items for packing (got {})",
                f.items,
                args.len()
            ),
        ));
    }
    let mut out = vec![0u8; f.size];
    f.pack_into(vm, args, &mut out)?;
    Ok(out)
}

fn do_unpack(vm: &Vm, f: &Format, data: &Value) -> PyResult<Value> {
    let data = buffer::bytes_of(vm, data)?;
    if data.len() != f.size {
        return Err(error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    Ok(vm.new_tuple(f.unpack(vm, &data)?))
}

fn do_unpack_from(vm: &Vm, f: &Format, data: &Value, offset: i64) -> PyResult<Value> {
    let data = buffer::bytes_of(vm, data)?;
    let len = data.len() as i64;
    let mut start = offset;
    if start < 0 {
        if start + len < 0 {
            return Err(error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        start += len;
        if len - start < f.size as i64 {
            return Err(error(
                vm,
                format!(
                    "not enough data to unpack {} bytes at offset {offset}",
                    f.size
                ),
            ));
        }
    } else if len - start < f.size as i64 {
        return Err(error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {len})",
                f.size as i64 + offset,
                f.size
            ),
        ));
    }
    let s = start as usize;
    Ok(vm.new_tuple(f.unpack(vm, &data[s..s + f.size])?))
}

/// `pack_into(buffer, offset, *values)` after the format.
fn do_pack_into(vm: &Vm, f: &Format, a: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(error(vm, "pack_into expected buffer argument"));
    }
    if a.len() < 2 {
        return Err(error(vm, "pack_into expected offset argument"));
    }
    let packed_args = &a[2..];
    if packed_args.len() != f.items {
        return Err(error(
            vm,
            format!(
                "pack_into expected {} items for packing (got {})",
                f.items,
                packed_args.len()
            ),
        ));
    }
    let offset = vm.index_arg(&a[1])?;
    let data = do_pack(vm, f, packed_args, "pack_into")?;
    let size = f.size as i64;
    buffer::write(vm, &a[0], |buf| {
        let len = buf.len() as i64;
        let mut start = offset;
        if start < 0 {
            if start + len < 0 {
                return Err(error(
                    vm,
                    format!("offset {offset} out of range for {len}-byte buffer"),
                ));
            }
            start += len;
            if len - start < size {
                return Err(error(
                    vm,
                    format!("no space to pack {size} bytes at offset {offset}"),
                ));
            }
        } else if len - start < size {
            return Err(error(
                vm,
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                    size + offset
                ),
            ));
        }
        let s = start as usize;
        buf[s..s + f.size].copy_from_slice(&data);
        Ok(())
    })?;
    Ok(Value::None)
}

fn do_iter_unpack(vm: &Vm, f: Format, data: &Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer::bytes_of(vm, data)?;
    if data.len() % f.size != 0 {
        return Err(error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let state = UnpackIter {
        layout: f,
        data,
        pos: 0,
    };
    Ok(Value::Obj(PyObject::new(
        unpack_iter_type(vm),
        Payload::Native(Box::new(RefCell::new(state))),
    )))
}

// ---- module functions ----

fn pack(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "pack", 0, usize::MAX)?;
    let Some(fmt) = a.first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    };
    let f = layout_of(vm, fmt)?;
    Ok(vm.new_bytes(do_pack(vm, &f, &a[1..], "pack")?))
}

fn pack_into(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "pack_into", 0, usize::MAX)?;
    let Some(fmt) = a.first() else {
        return Err(vm.type_error("pack_into expected at least 1 argument, got 0"));
    };
    let f = layout_of(vm, fmt)?;
    do_pack_into(vm, &f, &a[1..])
}

fn unpack(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "unpack", 2, 2)?;
    let f = layout_of(vm, &a[0])?;
    do_unpack(vm, &f, &a[1])
}

/// `(buffer, offset=0)` of `unpack_from`, positional or by keyword.
fn buffer_offset(vm: &Vm, args: &Args, pos: &[Value], name: &str) -> PyResult<(Value, i64)> {
    args.only_kwargs(vm, name, &["buffer", "offset"])?;
    let buf = pos
        .first()
        .or_else(|| args.kwarg("buffer"))
        .cloned()
        .ok_or_else(|| {
            vm.type_error(format!(
                "{name}() missing required argument 'buffer' (pos {})",
                if name == "unpack_from" { 2 } else { 1 }
            ))
        })?;
    let offset = match pos.get(1).or_else(|| args.kwarg("offset")) {
        Some(v) => vm.index_arg(v)?,
        None => 0,
    };
    Ok((buf, offset))
}

fn unpack_from(vm: &Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let Some(fmt) = pos.first() else {
        return Err(vm.type_error("unpack_from() missing required argument 'format' (pos 1)"));
    };
    let (buf, offset) = buffer_offset(vm, &args, &pos[1..], "unpack_from")?;
    let f = layout_of(vm, fmt)?;
    do_unpack_from(vm, &f, &buf, offset)
}

fn iter_unpack(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "iter_unpack", 2, 2)?;
    let f = layout_of(vm, &a[0])?;
    do_iter_unpack(vm, f, &a[1])
}

fn calcsize(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "calcsize", 1, 1)?;
    Ok(Value::Int(layout_of(vm, &a[0])?.size as i64))
}

fn clearcache(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

// ---- Struct ----

fn struct_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("Struct.__new__(X): X is not a type object")),
    };
    let data = StructData {
        format: Value::None,
        layout: None,
    };
    let obj = PyObject::with_dict(
        cls,
        Payload::Native(Box::new(RefCell::new(data))),
        vm.new_dict(),
    );
    Ok(Value::Obj(obj))
}

fn struct_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__init__")?.clone();
    let r = rest(&args);
    r.only_kwargs(vm, "Struct", &["format"])?;
    let pos = r.count(vm, "Struct", 0, 1)?;
    let fmt = pos
        .first()
        .or_else(|| r.kwarg("format"))
        .cloned()
        .ok_or_else(|| vm.type_error("Struct() missing required argument 'format' (pos 1)"))?;
    let layout = layout_of(vm, &fmt)?;
    let fmt_str = match fmt.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => vm.new_str(String::from_utf8_lossy(b).into_owned()),
        _ => fmt,
    };
    with_struct(vm, &this, |s| {
        s.format = fmt_str;
        s.layout = Some(layout);
    })?;
    Ok(Value::None)
}

fn with_struct<T>(vm: &Vm, this: &Value, f: impl FnOnce(&mut StructData) -> T) -> PyResult<T> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(s) = cell.borrow_mut().downcast_mut::<StructData>() {
            return Ok(f(s));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a '_struct.Struct' object but received '{}'",
        vm.type_name(this)
    )))
}

fn layout(vm: &Vm, this: &Value) -> PyResult<Format> {
    with_struct(vm, this, |s| s.layout.clone())?
        .ok_or_else(|| vm.value_error("Struct.__init__() was not called"))
}

fn s_pack(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "pack")?;
    let f = layout(vm, this)?;
    let a = rest(&args).fixed(vm, "pack", 0, usize::MAX)?;
    Ok(vm.new_bytes(do_pack(vm, &f, a, "pack")?))
}

fn s_pack_into(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "pack_into")?;
    let f = layout(vm, this)?;
    let a = rest(&args).fixed(vm, "pack_into", 0, usize::MAX)?;
    do_pack_into(vm, &f, a)
}

fn s_unpack(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "unpack")?;
    let f = layout(vm, this)?;
    let a = rest(&args).fixed(vm, "unpack", 1, 1)?;
    do_unpack(vm, &f, &a[0])
}

fn s_unpack_from(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "unpack_from")?;
    let f = layout(vm, this)?;
    let r = rest(&args);
    let pos = r.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "unpack_from() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (buf, offset) = buffer_offset(vm, &r, pos, "unpack_from")?;
    do_unpack_from(vm, &f, &buf, offset)
}

fn s_iter_unpack(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "iter_unpack")?;
    let f = layout(vm, this)?;
    let a = rest(&args).fixed(vm, "iter_unpack", 1, 1)?;
    do_iter_unpack(vm, f, &a[0])
}

/// `format` and `size`, read from the Rust state.
fn s_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getattr__")?;
    let a = rest(&args).fixed(vm, "__getattr__", 1, 1)?;
    let name = vm.str_of(&a[0])?;
    match name.as_str() {
        "format" => with_struct(vm, this, |s| s.format.clone()),
        "size" => Ok(Value::Int(with_struct(vm, this, |s| {
            s.layout.as_ref().map_or(-1, |l| l.size as i64)
        })?)),
        _ => Err(vm.no_attribute(this, &name)),
    }
}

// ---- unpack_iterator ----

fn iter_self(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_arg(vm, &args, "__iter__")?.clone())
}

fn with_iter<T>(vm: &Vm, this: &Value, f: impl FnOnce(&mut UnpackIter) -> T) -> PyResult<T> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(s) = cell.borrow_mut().downcast_mut::<UnpackIter>() {
            return Ok(f(s));
        }
    }
    Err(vm.type_error("expected an unpack_iterator"))
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__next__")?;
    let chunk = with_iter(vm, this, |it| {
        if it.pos + it.layout.size > it.data.len() {
            return None;
        }
        let chunk = it.data[it.pos..it.pos + it.layout.size].to_vec();
        it.pos += it.layout.size;
        Some((it.layout.clone(), chunk))
    })?;
    match chunk {
        Some((f, data)) => Ok(vm.new_tuple(f.unpack(vm, &data)?)),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__length_hint__")?;
    let n = with_iter(vm, this, |it| (it.data.len() - it.pos) / it.layout.size)?;
    Ok(Value::Int(n as i64))
}
