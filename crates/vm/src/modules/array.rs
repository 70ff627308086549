//! The `array` module: `array.array`, a typed sequence whose items live packed in native
//! byte order (one typecode of `bBuhHiIlLqQfd`), exporting that memory to `memoryview`,
//! `bytes()` and `struct.pack_into` through [`super::buffer`].

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::builtins::{function, method, rest, self_arg, static_method};
use crate::object::{Payload, PyObject};
use crate::ops::compare::CompareOp;
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::struct_format::{code_size, unpack_item, Mode};

use super::array_methods::*;

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The state of an `array.array`.
pub struct ArrayData {
    pub typecode: u8,
    pub data: Vec<u8>,
}

impl ArrayData {
    pub fn itemsize(&self) -> usize {
        itemsize(self.typecode)
    }

    pub fn item_count(&self) -> usize {
        self.data.len() / self.itemsize()
    }
}

pub(super) fn itemsize(typecode: u8) -> usize {
    if typecode == b'u' {
        4
    } else {
        code_size(typecode, Mode::Native).map_or(1, |s| s.0)
    }
}

pub fn init(vm: &Vm, ns: &PyRef) {
    let t = array_type(vm);
    vm.dict_set_str(ns, "array", Value::Obj(t.clone()));
    vm.dict_set_str(ns, "ArrayType", Value::Obj(t));
    vm.dict_set_str(ns, "typecodes", vm.new_str(TYPECODES));
    function(vm, ns, "array", "_array_reconstructor", reconstructor);
}

fn array_type(vm: &Vm) -> PyRef {
    vm.native_type("array.array", |vm| {
        let object = vm.types().object.clone();
        let t = super::weakref::native_class(vm, "array", "array", &object, true);
        static_method(vm, &t, "__new__", array_new);
        let methods: &[(&'static str, crate::types::function::NativeFn)] = &[
            ("__getattr__", getattr),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__repr__", repr),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__copy__", copy),
            ("__deepcopy__", copy),
            ("__reduce_ex__", reduce_ex),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("reverse", reverse),
            ("tolist", tolist),
            ("tobytes", tobytes),
            ("frombytes", frombytes),
            ("fromlist", fromlist),
            ("tounicode", tounicode),
            ("fromunicode", fromunicode),
            ("buffer_info", buffer_info),
            ("byteswap", byteswap),
        ];
        for (name, f) in methods {
            method(vm, &t, name, *f);
        }
        method(vm, &t, "__hash__", unhashable);
        t
    })
}

pub(super) fn new_array(vm: &Vm, cls: PyRef, typecode: u8, data: Vec<u8>) -> Value {
    Value::Obj(PyObject::with_dict(
        cls,
        Payload::Native(Box::new(RefCell::new(ArrayData { typecode, data }))),
        vm.new_dict(),
    ))
}

/// `(typecode, bytes)` of array `v`, or `None` if `v` is not an array.
pub(super) fn snapshot(v: &Value) -> Option<(u8, Vec<u8>)> {
    let Some(Payload::Native(cell)) = v.as_obj().map(|o| &o.payload) else {
        return None;
    };
    let data = cell.borrow();
    let a = data.downcast_ref::<ArrayData>()?;
    Some((a.typecode, a.data.clone()))
}

pub(super) fn with<T>(vm: &Vm, this: &Value, f: impl FnOnce(&mut ArrayData) -> T) -> PyResult<T> {
    if let Some(Payload::Native(cell)) = this.as_obj().map(|o| &o.payload) {
        if let Some(a) = cell.borrow_mut().downcast_mut::<ArrayData>() {
            return Ok(f(a));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a 'array.array' object but received '{}'",
        vm.type_name(this)
    )))
}

pub(super) fn this_of<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, u8, Vec<u8>)> {
    let this = self_arg(vm, args, name)?;
    let (tc, data) = snapshot(this).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'array.array' object but received '{}'",
            vm.type_name(this)
        ))
    })?;
    Ok((this, tc, data))
}

/// `self` and its typecode, without copying its items (for the per-item operations).
pub(super) fn this_tc<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, u8, usize)> {
    let this = self_arg(vm, args, name)?;
    let r = read(this, |tc, data| (tc, data.len() / itemsize(tc)));
    let (tc, n) = r.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'array.array' object but received '{}'",
            vm.type_name(this)
        ))
    })?;
    Ok((this, tc, n))
}

/// Runs `f` on the typecode and items of array `v` in place.
pub(super) fn read<T>(v: &Value, f: impl FnOnce(u8, &[u8]) -> T) -> Option<T> {
    let Some(Payload::Native(cell)) = v.as_obj().map(|o| &o.payload) else {
        return None;
    };
    let data = cell.borrow();
    let a = data.downcast_ref::<ArrayData>()?;
    Some(f(a.typecode, &a.data))
}

/// Item `i` of packed `data`.
pub(super) fn item(vm: &Vm, tc: u8, data: &[u8], i: usize) -> Value {
    let size = itemsize(tc);
    let chunk = &data[i * size..(i + 1) * size];
    if tc == b'u' {
        let c = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        return vm.new_char(char::from_u32(c).unwrap_or('\u{fffd}'));
    }
    unpack_item(vm, tc, Mode::Native, chunk)
}

pub(super) fn items(vm: &Vm, tc: u8, data: &[u8]) -> Vec<Value> {
    (0..data.len() / itemsize(tc))
        .map(|i| item(vm, tc, data, i))
        .collect()
}

/// The packed bytes of `v` as an item of typecode `tc`, with CPython's messages.
pub(super) fn pack(vm: &Vm, tc: u8, v: &Value) -> PyResult<Vec<u8>> {
    match tc {
        b'u' => {
            let c = v
                .as_obj()
                .and_then(|o| o.as_str())
                .and_then(|s| {
                    let mut cs = s.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Some(c),
                        _ => None,
                    }
                })
                .ok_or_else(|| vm.type_error("array item must be unicode character"))?;
            Ok((c as u32).to_le_bytes().to_vec())
        }
        b'f' | b'd' => {
            let x = match num_of(v) {
                Some(Num::Float(f)) => f,
                Some(Num::Int(i)) => i as f64,
                Some(Num::Big(_)) | None => {
                    if v.as_obj().and_then(|o| o.as_str()).is_some() || v.is_none() {
                        return Err(
                            vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
                        );
                    }
                    crate::builtins::constructors::to_float(vm, v)?
                }
                Some(Num::Complex(..)) => {
                    return Err(vm.type_error("must be real number, not complex"))
                }
            };
            Ok(if tc == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        _ => {
            let n: BigInt = match num_of(v) {
                Some(Num::Int(i)) => BigInt::from(i),
                Some(Num::Big(b)) => b.clone(),
                _ => BigInt::from(vm.index_arg(v)?),
            };
            let bits = int_bits(vm, tc, &n)?;
            Ok(bits.to_le_bytes()[..itemsize(tc)].to_vec())
        }
    }
}

fn int_bits(vm: &Vm, tc: u8, n: &BigInt) -> PyResult<u64> {
    let of = |m: &str| vm.overflow_error(m.to_string());
    let small = |lo: i64, hi: i64, what: &str| -> PyResult<u64> {
        let i = n
            .to_i64()
            .ok_or_else(|| of("Python int too large to convert to C long"))?;
        if i < lo {
            return Err(of(&format!("{what} is less than minimum")));
        }
        if i > hi {
            return Err(of(&format!("{what} is greater than maximum")));
        }
        Ok(i as u64)
    };
    match tc {
        b'b' => small(-128, 127, "signed char"),
        b'B' => small(0, 255, "unsigned byte integer"),
        b'h' => small(-32768, 32767, "signed short integer"),
        b'H' => small(0, 65535, "unsigned short"),
        b'i' => small(i32::MIN as i64, i32::MAX as i64, "signed integer"),
        b'I' | b'L' => {
            if n.is_negative() {
                return Err(of("can't convert negative value to unsigned int"));
            }
            let u = n.to_u64();
            if tc == b'I' {
                match u {
                    Some(u) if u <= u32::MAX as u64 => Ok(u),
                    Some(_) => Err(of("unsigned int is greater than maximum")),
                    None => Err(of("Python int too large to convert to C unsigned long")),
                }
            } else {
                u.ok_or_else(|| of("Python int too large to convert to C unsigned long"))
            }
        }
        b'l' => n
            .to_i64()
            .map(|i| i as u64)
            .ok_or_else(|| of("Python int too large to convert to C long")),
        b'q' => n
            .to_i64()
            .map(|i| i as u64)
            .ok_or_else(|| of("int too big to convert")),
        _ => {
            if n.is_negative() {
                return Err(of("can't convert negative int to unsigned"));
            }
            n.to_u64().ok_or_else(|| of("int too big to convert"))
        }
    }
}

/// Packs every value of `values`, all or nothing.
pub(super) fn pack_all(vm: &Vm, tc: u8, values: &[Value]) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(values.len() * itemsize(tc));
    for v in values {
        out.extend(pack(vm, tc, v)?);
    }
    Ok(out)
}

fn typecode_arg(vm: &Vm, v: &Value) -> PyResult<u8> {
    let s = match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) if s.as_str().chars().count() == 1 => s.as_str().to_string(),
        _ => {
            let what = if v.as_obj().and_then(|o| o.as_str()).is_some() {
                "str".to_string()
            } else {
                vm.type_name(v)
            };
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {what}"
            )));
        }
    };
    match s.as_bytes() {
        [c] if TYPECODES.as_bytes().contains(c) => Ok(*c),
        _ => Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")),
    }
}

fn array_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first().and_then(|v| v.as_obj()) {
        Some(c) if c.as_type().is_some() => c.clone(),
        _ => return Err(vm.type_error("array.__new__(X): X is not a type object")),
    };
    let r = rest(&args);
    if r.has_kwargs() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let a = r.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let tc = typecode_arg(vm, &a[0])?;
    let data = match a.get(1) {
        None => Vec::new(),
        Some(init) => initial_data(vm, tc, init)?,
    };
    Ok(new_array(vm, cls, tc, data))
}

fn initial_data(vm: &Vm, tc: u8, init: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = init.as_obj().and_then(|o| o.as_str()) {
        if tc != b'u' {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        return Ok(s
            .as_str()
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect());
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = init.as_obj().map(|o| &o.payload) {
        let b = vm.bytes_like(init).unwrap_or_default();
        if !b.len().is_multiple_of(itemsize(tc)) {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return Ok(b);
    }
    if let Some((otc, data)) = snapshot(init) {
        if otc == tc {
            return Ok(data);
        }
        if (otc == b'u') != (tc == b'u') {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        return pack_all(vm, tc, &items(vm, otc, &data));
    }
    let values = vm.collect(init)?;
    pack_all(vm, tc, &values)
}

fn getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "__getattr__")?;
    let a = rest(&args).fixed(vm, "__getattr__", 1, 1)?;
    let name = vm.str_of(&a[0])?;
    match name.as_str() {
        "typecode" => Ok(vm.new_char(tc as char)),
        "itemsize" => Ok(Value::Int(itemsize(tc) as i64)),
        _ => Err(vm.no_attribute(this, &name)),
    }
}

/// Arrays are mutable: no hash (named by the full `array.array`, as CPython's type name).
fn unhashable(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("unhashable type: 'array.array'"))
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, _, n) = this_tc(vm, &args, "__len__")?;
    Ok(Value::Int(n as i64))
}

fn norm_index(vm: &Vm, i: &Value, n: usize, msg: &str) -> PyResult<usize> {
    let i = match vm.index_opt(i)? {
        Some(i) => i,
        None => return Err(vm.type_error("array indices must be integers")),
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if !(0..n as i64).contains(&j) {
        return Err(vm.index_error(msg.to_string()));
    }
    Ok(j as usize)
}

fn slice_of(v: &Value) -> Option<&[Value; 3]> {
    match v.as_obj().map(|o| &o.payload) {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, n) = this_tc(vm, &args, "__getitem__")?;
    let a = rest(&args).fixed(vm, "__getitem__", 1, 1)?;
    let size = itemsize(tc);
    if slice_of(&a[0]).is_none() {
        let i = norm_index(vm, &a[0], n, "array index out of range")?;
        return read(this, |tc, data| item(vm, tc, data, i))
            .ok_or_else(|| vm.index_error("array index out of range"));
    }
    let (_, _, data) = this_of(vm, &args, "__getitem__")?;
    if let Some(s) = slice_of(&a[0]) {
        let si = vm.slice_indices(s, n)?;
        let mut out = Vec::with_capacity(si.len * size);
        for i in si.iter() {
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        return Ok(new_array(vm, vm.type_of(this).clone(), tc, out));
    }
    Err(vm.type_error("array indices must be integers"))
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, n) = this_tc(vm, &args, "__setitem__")?;
    let a = rest(&args).fixed(vm, "__setitem__", 2, 2)?;
    let size = itemsize(tc);
    if let Some(s) = slice_of(&a[0]) {
        let si = vm.slice_indices(s, n)?;
        let Some((otc, src)) = snapshot(&a[1]) else {
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(&a[1])
            )));
        };
        if otc != tc {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let m = src.len() / size;
        if si.step == 1 {
            let start = si.start.clamp(0, n as i64) as usize;
            let stop = (si.stop.max(si.start)).clamp(0, n as i64) as usize;
            with(vm, this, |arr| {
                arr.data.splice(start * size..stop * size, src);
            })?;
            return Ok(Value::None);
        }
        if m != si.len {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {}",
                si.len
            )));
        }
        with(vm, this, |arr| {
            for (k, i) in si.iter().enumerate() {
                arr.data[i * size..(i + 1) * size].copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        })?;
        return Ok(Value::None);
    }
    let i = norm_index(vm, &a[0], n, "array assignment index out of range")?;
    let bytes = pack(vm, tc, &a[1])?;
    with(vm, this, |arr| {
        if let Some(dst) = arr.data.get_mut(i * size..(i + 1) * size) {
            dst.copy_from_slice(&bytes);
        }
    })?;
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__delitem__")?;
    let a = rest(&args).fixed(vm, "__delitem__", 1, 1)?;
    let size = itemsize(tc);
    let n = data.len() / size;
    let drop: Vec<usize> = if let Some(s) = slice_of(&a[0]) {
        vm.slice_indices(s, n)?.iter().collect()
    } else {
        vec![norm_index(
            vm,
            &a[0],
            n,
            "array assignment index out of range",
        )?]
    };
    let mut keep = vec![true; n];
    for i in drop {
        keep[i] = false;
    }
    let out: Vec<u8> = data
        .chunks(size)
        .zip(&keep)
        .filter(|(_, k)| **k)
        .flat_map(|(c, _)| c.iter().copied())
        .collect();
    with(vm, this, |arr| arr.data = out)?;
    Ok(Value::None)
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "__contains__")?;
    let a = rest(&args).fixed(vm, "__contains__", 1, 1)?;
    for v in items(vm, tc, &data) {
        if vm.eq(&v, &a[0])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "__iter__")?;
    vm.iter(&vm.new_list(items(vm, tc, &data)))
}

fn repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__repr__")?;
    let name = crate::types::typeobj::data(vm.type_of(this))
        .name()
        .to_string();
    if data.is_empty() {
        return Ok(vm.new_str(format!("{name}('{}')", tc as char)));
    }
    let body = if tc == b'u' {
        let s: String = data
            .chunks(4)
            .filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])))
            .collect();
        vm.repr(&vm.new_str(s))?
    } else {
        vm.repr(&vm.new_list(items(vm, tc, &data)))?
    };
    Ok(vm.new_str(format!("{name}('{}', {body})", tc as char)))
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__add__")?;
    let a = rest(&args).fixed(vm, "__add__", 1, 1)?;
    match snapshot(&a[0]) {
        Some((otc, other)) if otc == tc => {
            let mut out = data;
            out.extend(other);
            Ok(new_array(vm, vm.type_of(this).clone(), tc, out))
        }
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(&a[0])
        ))),
    }
}

fn iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "__iadd__")?;
    let a = rest(&args).fixed(vm, "__iadd__", 1, 1)?;
    match snapshot(&a[0]) {
        Some((otc, other)) if otc == tc => {
            with(vm, this, |arr| arr.data.extend(other))?;
            Ok(this.clone())
        }
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(&a[0])
        ))),
    }
}

fn repeat_count(vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
    Ok(vm.index_opt(v)?.map(|n| n.max(0) as usize))
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__mul__")?;
    let a = rest(&args).fixed(vm, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(Value::Obj(vm.interp.not_implemented.clone()));
    };
    if data
        .len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize / 2)
    {
        return Err(vm.new_error(&vm.types().exc.memory_error, ""));
    }
    Ok(new_array(vm, vm.type_of(this).clone(), tc, data.repeat(n)))
}

fn imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, _, data) = this_of(vm, &args, "__imul__")?;
    let a = rest(&args).fixed(vm, "__imul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(Value::Obj(vm.interp.not_implemented.clone()));
    };
    if data
        .len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize / 2)
    {
        return Err(vm.new_error(&vm.types().exc.memory_error, ""));
    }
    with(vm, this, |arr| arr.data = data.repeat(n))?;
    Ok(this.clone())
}

fn compare(vm: &Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, op.method())?;
    let a = rest(&args).fixed(vm, op.method(), 1, 1)?;
    let Some((otc, other)) = snapshot(&a[0]) else {
        return Ok(Value::Obj(vm.interp.not_implemented.clone()));
    };
    let mine = vm.new_list(items(vm, tc, &data));
    let theirs = vm.new_list(items(vm, otc, &other));
    vm.rich_compare(&mine, &theirs, op)
}

fn eq(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Eq)
}
fn ne(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ne)
}
fn lt(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Lt)
}
fn le(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Le)
}
fn gt(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Gt)
}
fn ge(vm: &Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CompareOp::Ge)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__copy__")?;
    Ok(new_array(vm, vm.type_of(this).clone(), tc, data))
}

/// Pickles as `array(typecode, list)`, which every protocol can rebuild.
fn reduce_ex(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "__reduce_ex__")?;
    let cls = Value::Obj(vm.type_of(this).clone());
    let init = vm.new_tuple(vec![
        vm.new_char(tc as char),
        vm.new_list(items(vm, tc, &data)),
    ]);
    let state = match this.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if d.as_dict().is_some_and(|c| !c.borrow().is_empty()) => Value::Obj(d),
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![cls, init, state]))
}

fn reconstructor(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("_array_reconstructor is not supported by pyvm"))
}
