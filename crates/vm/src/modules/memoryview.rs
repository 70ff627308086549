//! `memoryview`: a window on the memory of a `bytes`, `bytearray` or `array.array` that
//! reads and (for mutable exporters) writes through to it. One-dimensional views support
//! indexing, slicing with steps, item assignment and `cast`; `cast` with a shape makes a
//! C-contiguous N-dimensional view whose `tolist()`/`tobytes()` work (sub-views of those are
//! not implemented, as in CPython).
//!
//! pyvm does not count buffer exports, so resizing a bytearray under a view is not refused
//! with `BufferError`; a view whose window no longer fits raises `IndexError` instead.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

use super::array::ArrayData;
use super::buffer::{with_root, with_root_mut};
use super::struct_format::{code_size, pack_item, unpack_item, Mode};

/// The geometry of a view over the memory of `obj` (never itself a memoryview).
#[derive(Clone)]
pub struct View {
    pub obj: Value,
    /// Byte offset of item 0.
    pub start: usize,
    pub shape: Vec<usize>,
    /// Byte distance between consecutive items of a 1-D view (N-D views are contiguous).
    pub step: isize,
    pub format: String,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: bool,
}

/// Why a view's memory could not be read.
pub enum ViewErr {
    Released,
    Gone,
}

impl ViewErr {
    pub fn into_err(self, vm: &Vm) -> PyErr {
        match self {
            ViewErr::Released => released_error(vm),
            ViewErr::Gone => vm.index_error("memoryview: underlying buffer was resized"),
        }
    }
}

fn released_error(vm: &Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

impl View {
    /// Number of items.
    pub fn count(&self) -> usize {
        self.shape.iter().product()
    }

    /// The byte step between items in flat order.
    fn flat_step(&self) -> isize {
        if self.shape.len() == 1 {
            self.step
        } else {
            self.itemsize as isize
        }
    }

    /// Byte offset of flat item `i`.
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.flat_step()) as usize
    }

    pub fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.released {
            Err(released_error(vm))
        } else {
            Ok(())
        }
    }

    /// The bytes the view shows, in order.
    pub fn bytes(&self) -> Result<Vec<u8>, ViewErr> {
        if self.released {
            return Err(ViewErr::Released);
        }
        let n = self.count();
        with_root(&self.obj, |buf| {
            let mut out = Vec::with_capacity(n * self.itemsize);
            for i in 0..n {
                let o = self.offset(i);
                out.extend_from_slice(buf.get(o..o + self.itemsize)?);
            }
            Some(out)
        })
        .flatten()
        .ok_or(ViewErr::Gone)
    }

    /// Writes `data` (exactly the view's bytes, in order) back through the view.
    pub fn store(&self, vm: &Vm, data: &[u8]) -> PyResult<()> {
        let n = self.count();
        let ok = with_root_mut(&self.obj, |buf| {
            for i in 0..n {
                let o = self.offset(i);
                let src = &data[i * self.itemsize..(i + 1) * self.itemsize];
                buf.get_mut(o..o + self.itemsize)?.copy_from_slice(src);
            }
            Some(())
        })
        .flatten();
        ok.ok_or_else(|| ViewErr::Gone.into_err(vm))
    }

    /// The format's single code (`B` for `@B`).
    fn code(&self) -> u8 {
        self.format.bytes().last().unwrap_or(b'B')
    }

    fn items(&self, vm: &Vm) -> PyResult<Vec<Value>> {
        let data = self.bytes().map_err(|e| e.into_err(vm))?;
        let code = self.code();
        Ok(data
            .chunks(self.itemsize.max(1))
            .map(|c| unpack_item(vm, code, Mode::Native, c))
            .collect())
    }
}

pub fn install(vm: &Vm) {
    let t = view_type(vm);
    let ns = vm
        .interp
        .builtins
        .borrow()
        .as_ref()
        .and_then(|b| b.dict.clone());
    if let Some(ns) = ns {
        vm.dict_set_str(&ns, "memoryview", Value::Obj(t));
    }
}

fn view_type(vm: &Vm) -> PyRef {
    vm.native_type("memoryview", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "memoryview", "builtins", &object, false);
        static_method(vm, &t, "__new__", mv_new);
        method(vm, &t, "__getattr__", mv_getattr);
        method(vm, &t, "__len__", mv_len);
        method(vm, &t, "__getitem__", mv_getitem);
        method(vm, &t, "__setitem__", mv_setitem);
        method(vm, &t, "__delitem__", mv_delitem);
        method(vm, &t, "__iter__", mv_iter);
        method(vm, &t, "__eq__", mv_eq);
        method(vm, &t, "__ne__", mv_ne);
        method(vm, &t, "__hash__", mv_hash);
        method(vm, &t, "__repr__", mv_repr);
        method(vm, &t, "__enter__", mv_enter);
        method(vm, &t, "__exit__", mv_exit);
        method(vm, &t, "release", mv_release);
        method(vm, &t, "tolist", mv_tolist);
        method(vm, &t, "tobytes", mv_tobytes);
        method(vm, &t, "hex", mv_hex);
        method(vm, &t, "cast", mv_cast);
        method(vm, &t, "toreadonly", mv_toreadonly);
        t
    })
}

/// The view of a buffer exporter (`None` if `v` exports none).
pub fn view_of_exporter(vm: &Vm, v: &Value) -> PyResult<Option<View>> {
    let base = |fmt: &str, itemsize: usize, len: usize, readonly: bool| View {
        obj: v.clone(),
        start: 0,
        shape: vec![len],
        step: itemsize as isize,
        format: fmt.to_string(),
        itemsize,
        readonly,
        released: false,
    };
    Ok(match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Bytes(b)) => Some(base("B", 1, b.len(), true)),
        Some(Payload::ByteArray(b)) => Some(base("B", 1, b.borrow().len(), false)),
        Some(Payload::Native(cell)) => {
            let data = cell.borrow();
            if let Some(a) = data.downcast_ref::<ArrayData>() {
                let size = a.itemsize();
                let fmt = (a.typecode as char).to_string();
                let fmt = if fmt == "u" { "w".to_string() } else { fmt };
                Some(base(&fmt, size, a.data.len() / size, false))
            } else if let Some(view) = data.downcast_ref::<View>() {
                view.check(vm)?;
                Some(view.clone())
            } else {
                None
            }
        }
        _ => None,
    })
}

fn new_view(_vm: &Vm, cls: PyRef, view: View) -> Value {
    Value::Obj(PyObject::new(
        cls,
        Payload::Native(Box::new(RefCell::new(view))),
    ))
}

fn mv_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("memoryview.__new__(X): X is not a type object")),
    };
    let r = rest(&args);
    r.only_kwargs(vm, "memoryview", &["object"])?;
    let pos = r.count(vm, "memoryview", 0, 1)?;
    let obj = pos
        .first()
        .or_else(|| r.kwarg("object"))
        .ok_or_else(|| vm.type_error("memoryview() missing required argument 'object' (pos 1)"))?;
    match view_of_exporter(vm, obj)? {
        Some(view) => Ok(new_view(vm, cls, view)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        ))),
    }
}

/// A copy of the state of the view `self` (any state, released or not).
fn state(vm: &Vm, this: &Value) -> PyResult<View> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(v) = cell.borrow().downcast_ref::<View>() {
            return Ok(v.clone());
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a 'memoryview' object but received '{}'",
        vm.type_name(this)
    )))
}

/// The live (not released) view `self` of a method call.
fn live(vm: &Vm, args: &Args, name: &str) -> PyResult<View> {
    let v = state(vm, self_arg(vm, args, name)?)?;
    v.check(vm)?;
    Ok(v)
}

fn tuple_of(vm: &Vm, xs: impl Iterator<Item = i64>) -> Value {
    vm.new_tuple(xs.map(Value::Int).collect())
}

fn mv_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getattr__")?;
    let a = rest(&args).fixed(vm, "__getattr__", 1, 1)?;
    let name = vm.str_of(&a[0])?;
    let v = state(vm, this)?;
    let known = [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    if !known.contains(&name.as_str()) {
        return Err(vm.no_attribute(this, &name));
    }
    v.check(vm)?;
    let contiguous = v.shape.len() != 1 || v.step == v.itemsize as isize || v.count() <= 1;
    Ok(match name.as_str() {
        "obj" => v.obj.clone(),
        "nbytes" => Value::Int((v.count() * v.itemsize) as i64),
        "readonly" => Value::Bool(v.readonly),
        "itemsize" => Value::Int(v.itemsize as i64),
        "format" => vm.new_str(v.format.as_str()),
        "ndim" => Value::Int(v.shape.len() as i64),
        "shape" => tuple_of(vm, v.shape.iter().map(|&n| n as i64)),
        "strides" => {
            if v.shape.len() == 1 {
                tuple_of(vm, std::iter::once(v.step as i64))
            } else {
                let mut strides = vec![0i64; v.shape.len()];
                let mut acc = v.itemsize as i64;
                for (k, n) in v.shape.iter().enumerate().rev() {
                    strides[k] = acc;
                    acc *= *n as i64;
                }
                tuple_of(vm, strides.into_iter())
            }
        }
        "suboffsets" => vm.new_tuple(Vec::new()),
        "c_contiguous" | "contiguous" => Value::Bool(contiguous),
        _ => Value::Bool(contiguous && v.shape.len() <= 1),
    })
}

fn mv_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "__len__")?;
    match v.shape.first() {
        Some(&n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("0-dim memory has no length")),
    }
}

/// What a subscript selects.
enum Key {
    Index(usize),
    Slice(crate::ops::container::SliceIndices),
}

fn resolve_key(vm: &Vm, v: &View, key: &Value) -> PyResult<Key> {
    let n = v.shape.first().copied().unwrap_or(0) as i64;
    if let Some(Payload::Slice(s)) = key.as_obj().map(|o| &o.payload) {
        if v.shape.len() != 1 {
            return Err(vm.new_error(
                &vm.types().exc.not_implemented_error,
                "multi-dimensional slicing is not implemented",
            ));
        }
        return Ok(Key::Slice(vm.slice_indices(s, n as usize)?));
    }
    if let Some(t) = key.as_obj().and_then(|o| o.as_tuple()) {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            v.shape.len(),
            t.len()
        )));
    }
    let is_int = matches!(num_of(key), Some(Num::Int(_) | Num::Big(_)));
    let i = if is_int {
        vm.index_arg(key)?
    } else {
        match vm.index_opt(key)? {
            Some(i) => i,
            None => return Err(vm.type_error("memoryview: invalid slice key")),
        }
    };
    if v.shape.len() != 1 {
        return Err(vm.new_error(
            &vm.types().exc.not_implemented_error,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(Key::Index(j as usize))
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__getitem__")?;
    let v = live(vm, &args, "__getitem__")?;
    let a = rest(&args).fixed(vm, "__getitem__", 1, 1)?;
    match resolve_key(vm, &v, &a[0])? {
        Key::Index(i) => {
            let o = v.offset(i);
            let bytes = with_root(&v.obj, |buf| buf.get(o..o + v.itemsize).map(<[u8]>::to_vec))
                .flatten()
                .ok_or_else(|| ViewErr::Gone.into_err(vm))?;
            Ok(unpack_item(vm, v.code(), Mode::Native, &bytes))
        }
        Key::Slice(s) => {
            let sub = View {
                start: (v.start as isize + s.start.max(0) as isize * v.step) as usize,
                step: v.step * s.step as isize,
                shape: vec![s.len],
                ..v
            };
            let sub = if s.len == 0 {
                View { start: 0, ..sub }
            } else {
                sub
            };
            Ok(new_view(vm, vm.type_of(this).clone(), sub))
        }
    }
}

/// Packs `value` as one item of the view's format, with memoryview's messages.
fn pack_value(vm: &Vm, v: &View, value: &Value) -> PyResult<Vec<u8>> {
    let code = v.code();
    let invalid_type = || {
        vm.type_error(format!(
            "memoryview: invalid type for format '{}'",
            v.format
        ))
    };
    let ok_type = match code {
        b'c' => matches!(value.as_obj().map(|o| &o.payload), Some(Payload::Bytes(_))),
        b'?' => true,
        b'e' | b'f' | b'd' => num_of(value).is_some_and(|n| !matches!(n, Num::Complex(..))),
        _ => {
            matches!(num_of(value), Some(Num::Int(_) | Num::Big(_)))
                || (num_of(value).is_none() && vm.index_opt(value)?.is_some())
        }
    };
    if !ok_type {
        return Err(invalid_type());
    }
    let mut out = vec![0u8; v.itemsize];
    match pack_item(vm, code, Mode::Native, value, &mut out) {
        Ok(()) => Ok(out),
        Err(e) if vm.err_matches(&e, &super::struct_mod::error_class(vm)) => Err(vm.value_error(
            format!("memoryview: invalid value for format '{}'", v.format),
        )),
        Err(e) => Err(e),
    }
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "__setitem__")?;
    let a = rest(&args).fixed(vm, "__setitem__", 2, 2)?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    match resolve_key(vm, &v, &a[0])? {
        Key::Index(i) => {
            let data = pack_value(vm, &v, &a[1])?;
            let target = View {
                start: v.offset(i),
                shape: vec![1],
                ..v
            };
            target.store(vm, &data)?;
        }
        Key::Slice(s) => {
            let src = match view_of_exporter(vm, &a[1])? {
                Some(src) => src,
                None => {
                    return Err(vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(&a[1])
                    )))
                }
            };
            let same_format =
                src.format.trim_start_matches('@') == v.format.trim_start_matches('@');
            if !same_format || src.shape != [s.len] {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            let data = src.bytes().map_err(|e| e.into_err(vm))?;
            let target = View {
                start: (v.start as isize + s.start.max(0) as isize * v.step) as usize,
                step: v.step * s.step as isize,
                shape: vec![s.len],
                ..v
            };
            if s.len > 0 {
                target.store(vm, &data)?;
            }
        }
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    live(vm, &args, "__delitem__")?;
    Err(vm.type_error("cannot delete memory"))
}

fn mv_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "__iter__")?;
    if v.shape.len() != 1 {
        return Err(vm.new_error(
            &vm.types().exc.not_implemented_error,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let items = v.items(vm)?;
    vm.iter(&vm.new_list(items))
}

/// The items of `other` and its shape, if it exports a buffer.
fn other_items(vm: &Vm, other: &Value) -> PyResult<Option<(Vec<usize>, Vec<Value>)>> {
    match view_of_exporter(vm, other) {
        Ok(Some(o)) => Ok(Some((o.shape.clone(), o.items(vm)?))),
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    }
}

fn mv_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__eq__")?;
    let a = rest(&args).fixed(vm, "__eq__", 1, 1)?;
    if let (Value::Obj(x), Value::Obj(y)) = (this, &a[0]) {
        if std::rc::Rc::ptr_eq(x, y) {
            return Ok(Value::Bool(true));
        }
    }
    let v = state(vm, this)?;
    let other_released = matches!(state(vm, &a[0]), Ok(o) if o.released);
    if v.released || other_released {
        return Ok(Value::Bool(false));
    }
    let Some((shape, theirs)) = other_items(vm, &a[0])? else {
        return Ok(Value::Obj(vm.interp.not_implemented.clone()));
    };
    if shape != v.shape {
        return Ok(Value::Bool(false));
    }
    let mine = v.items(vm)?;
    for (x, y) in mine.iter().zip(&theirs) {
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn mv_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    match mv_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

fn mv_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "__hash__")?;
    if !v.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(v.format.trim_start_matches('@'), "B" | "b" | "c") {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let data = v.bytes().map_err(|e| e.into_err(vm))?;
    Ok(Value::Int(vm.hash(&vm.new_bytes(data))?))
}

fn mv_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let v = state(vm, this)?;
    let addr = this
        .as_obj()
        .map(crate::ops::convert::addr)
        .unwrap_or_default();
    let released = if v.released { "released " } else { "" };
    Ok(vm.new_str(format!("<{released}memory at {addr}>")))
}

fn mv_enter(vm: &Vm, args: Args) -> PyResult<Value> {
    live(vm, &args, "__enter__")?;
    Ok(self_arg(vm, &args, "__enter__")?.clone())
}

fn set_released(vm: &Vm, this: &Value) -> PyResult<()> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(v) = cell.borrow_mut().downcast_mut::<View>() {
            v.released = true;
            return Ok(());
        }
    }
    Err(vm.type_error("descriptor 'release' requires a 'memoryview' object"))
}

fn mv_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    set_released(vm, self_arg(vm, &args, "__exit__")?)?;
    Ok(Value::None)
}

fn mv_release(vm: &Vm, args: Args) -> PyResult<Value> {
    rest(&args).fixed(vm, "release", 0, 0)?;
    set_released(vm, self_arg(vm, &args, "release")?)?;
    Ok(Value::None)
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "tolist")?;
    rest(&args).fixed(vm, "tolist", 0, 0)?;
    let items = v.items(vm)?;
    if v.shape.is_empty() {
        return Ok(items.into_iter().next().unwrap_or(Value::None));
    }
    Ok(nest(vm, &v.shape, &mut items.into_iter()))
}

/// The nested lists of an N-dimensional `tolist()`.
fn nest(vm: &Vm, shape: &[usize], items: &mut impl Iterator<Item = Value>) -> Value {
    if shape.len() == 1 {
        return vm.new_list(items.take(shape[0]).collect());
    }
    let rows = (0..shape[0])
        .map(|_| nest(vm, &shape[1..], items))
        .collect();
    vm.new_list(rows)
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "tobytes")?;
    let r = rest(&args);
    r.only_kwargs(vm, "tobytes", &["order"])?;
    r.count(vm, "tobytes", 0, 1)?;
    Ok(vm.new_bytes(v.bytes().map_err(|e| e.into_err(vm))?))
}

fn mv_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = live(vm, &args, "hex")?;
    let data = vm.new_bytes(v.bytes().map_err(|e| e.into_err(vm))?);
    // bytes.hex has the same signature and messages.
    let hex = vm.getattr_str(&data, "hex")?;
    let r = rest(&args);
    vm.call(&hex, r)
}

fn mv_toreadonly(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "toreadonly")?;
    let v = live(vm, &args, "toreadonly")?;
    Ok(new_view(
        vm,
        vm.type_of(this).clone(),
        View {
            readonly: true,
            ..v
        },
    ))
}

fn mv_cast(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "cast")?;
    let v = live(vm, &args, "cast")?;
    let r = rest(&args);
    r.only_kwargs(vm, "cast", &["format", "shape"])?;
    let pos = r.count(vm, "cast", 0, 2)?;
    let format = pos
        .first()
        .or_else(|| r.kwarg("format"))
        .ok_or_else(|| vm.type_error("cast() missing required argument 'format' (pos 1)"))?;
    let Some(fmt) = format.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(format)
        )));
    };
    let fmt = fmt.as_str().to_string();
    let shape_arg = pos.get(1).or_else(|| r.kwarg("shape"));
    let contiguous = v.shape.len() != 1 || v.step == v.itemsize as isize || v.count() <= 1;
    if !contiguous {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let code = fmt.strip_prefix('@').unwrap_or(&fmt);
    let size = match code.as_bytes() {
        [c] if *c != b'x' && *c != b's' && *c != b'p' => code_size(*c, Mode::Native),
        _ => None,
    };
    let Some((itemsize, _)) = size else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_format = |f: &str| matches!(f.trim_start_matches('@'), "B" | "b" | "c");
    if !byte_format(&v.format) && !byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = v.count() * v.itemsize;
    let shape = match shape_arg {
        None => {
            if nbytes % itemsize != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / itemsize]
        }
        Some(s) => {
            let is_seq = s
                .as_obj()
                .is_some_and(|o| matches!(o.payload, Payload::List(_) | Payload::Tuple(_)));
            if !is_seq {
                return Err(vm.type_error("shape must be a list or a tuple"));
            }
            if v.shape.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            let mut dims = Vec::new();
            for d in vm.collect(s)? {
                let n = vm.index_arg(&d)?;
                if n <= 0 {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    );
                }
                dims.push(n as usize);
            }
            if dims.iter().product::<usize>() * itemsize != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            dims
        }
    };
    Ok(new_view(
        vm,
        vm.type_of(this).clone(),
        View {
            step: itemsize as isize,
            shape,
            format: fmt.clone(),
            itemsize,
            ..v
        },
    ))
}
