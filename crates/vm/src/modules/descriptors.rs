//! `getset_descriptor` and `member_descriptor` objects in the `function` type's namespace for
//! `__code__` and `__globals__`, so `types.GetSetDescriptorType = type(FunctionType.__code__)`
//! and `types.MemberDescriptorType` name real types. Reading the attribute through an
//! instance still comes from pyvm's native attributes (`builtins::attrs`).

use crate::builtins::{method, rest, self_arg};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

/// Installs the descriptors; called once when the interpreter starts.
pub fn install(vm: &Vm) {
    crate::builtins::generic_alias::install(vm);
    install_memoryview(vm);
    super::reduce::install(vm);
    super::bytes_search::install(vm);
    let object = vm.types().object.clone();
    let getset = super::weakref::native_class(vm, "getset_descriptor", "builtins", &object, false);
    let member = super::weakref::native_class(vm, "member_descriptor", "builtins", &object, false);
    for t in [&getset, &member] {
        method(vm, t, "__get__", descr_get);
        method(vm, t, "__repr__", descr_repr);
    }
    let function = vm.types().function.clone();
    for (name, t) in [("__code__", &getset), ("__globals__", &member)] {
        let d = vm.new_dict();
        vm.dict_set_str(&d, "__name__", vm.new_str(name));
        vm.dict_set_str(&d, "__objclass__", Value::Obj(function.clone()));
        let descr =
            crate::object::PyObject::with_dict(t.clone(), crate::object::Payload::Object, d);
        if let Some(fd) = &function.dict {
            vm.dict_set_str(fd, name, Value::Obj(descr));
        }
    }
}

fn field(vm: &Vm, descr: &Value, key: &str) -> PyResult<Value> {
    let d: Option<PyRef> = descr.as_obj().and_then(|o| o.dict.clone());
    Ok(match d {
        Some(d) => vm.dict_get_str(&d, key)?.unwrap_or(Value::None),
        None => Value::None,
    })
}

fn descr_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__get__")?;
    let a = rest(&args).fixed(vm, "__get__", 1, 2)?;
    if a[0].is_none() {
        return Ok(this.clone());
    }
    let name = vm.str_of(&field(vm, this, "__name__")?)?;
    match crate::builtins::attrs::native_attr(vm, &a[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], &name)),
    }
}

fn descr_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__repr__")?;
    let name = vm.str_of(&field(vm, this, "__name__")?)?;
    Ok(vm.new_str(format!("<attribute '{name}' of 'function' objects>")))
}

/// `memoryview`: a read-only snapshot of a bytes-like object (pyvm has no buffer
/// protocol, so the view does not follow later changes and cannot write), with `cast` to
/// the unsigned formats `B`, `H`, `I`, `L`, `Q`, `tolist`, `tobytes`, `len` and indexing:
/// what `re._compiler` and similar code need.
fn install_memoryview(vm: &Vm) {
    let object = vm.types().object.clone();
    let t = super::weakref::native_class(vm, "memoryview", "builtins", &object, false);
    crate::builtins::static_method(vm, &t, "__new__", memoryview_new);
    method(vm, &t, "cast", mv_cast);
    method(vm, &t, "tolist", mv_tolist);
    method(vm, &t, "tobytes", mv_tobytes);
    method(vm, &t, "__len__", mv_len);
    method(vm, &t, "__getitem__", mv_getitem);
    method(vm, &t, "release", mv_release);
    method(vm, &t, "__enter__", mv_enter);
    method(vm, &t, "__exit__", mv_release);
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

fn new_view(vm: &Vm, cls: PyRef, data: Vec<u8>, format: &str, itemsize: i64) -> Value {
    let d = vm.new_dict();
    let n = data.len() as i64;
    vm.dict_set_str(&d, "obj", vm.new_bytes(data));
    vm.dict_set_str(&d, "format", vm.new_str(format));
    vm.dict_set_str(&d, "itemsize", Value::Int(itemsize));
    vm.dict_set_str(&d, "nbytes", Value::Int(n));
    vm.dict_set_str(&d, "readonly", Value::Bool(true));
    vm.dict_set_str(&d, "ndim", Value::Int(1));
    Value::Obj(crate::object::PyObject::with_dict(
        cls,
        crate::object::Payload::Object,
        d,
    ))
}

fn memoryview_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "memoryview", 2, 2)?;
    let cls = a[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("memoryview.__new__(X): X is not a type object"))?;
    match vm.bytes_like(&a[1]) {
        Some(b) => Ok(new_view(vm, cls, b, "B", 1)),
        None => Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&a[1])
        ))),
    }
}

/// The bytes, format and item size of the view `self`.
fn view(vm: &Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, String, usize)> {
    let this = self_arg(vm, args, name)?;
    let data = vm.bytes_like(&field(vm, this, "obj")?).unwrap_or_default();
    let format = vm.str_of(&field(vm, this, "format")?)?;
    let size = match field(vm, this, "itemsize")? {
        Value::Int(i) if i > 0 => i as usize,
        _ => 1,
    };
    Ok((data, format, size))
}

fn item_size(format: &str) -> Option<usize> {
    Some(match format {
        "B" | "b" | "c" => 1,
        "H" | "h" => 2,
        "I" | "i" => 4,
        "L" | "l" | "Q" | "q" | "N" | "n" => 8,
        _ => return None,
    })
}

fn mv_cast(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, _, _) = view(vm, &args, "cast")?;
    let a = rest(&args).fixed(vm, "cast", 1, 2)?.to_vec();
    let format = vm.str_of(&a[0])?;
    let Some(size) = item_size(&format) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if data.len() % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let this = self_arg(vm, &args, "cast")?;
    Ok(new_view(
        vm,
        vm.type_of(this).clone(),
        data,
        &format,
        size as i64,
    ))
}

/// Item `i` of the view, read in native (little-endian) byte order.
fn item(vm: &Vm, data: &[u8], format: &str, size: usize, i: usize) -> Value {
    let chunk = &data[i * size..(i + 1) * size];
    let mut raw = [0u8; 8];
    raw[..size].copy_from_slice(chunk);
    let u = u64::from_le_bytes(raw);
    let signed = format.chars().all(|c| c.is_ascii_lowercase()) && format != "c";
    if format == "c" {
        return vm.new_bytes(chunk.to_vec());
    }
    if signed {
        let shift = 64 - 8 * size as u32;
        Value::Int(((u << shift) as i64) >> shift)
    } else if u > i64::MAX as u64 {
        vm.new_bigint(num_bigint::BigInt::from(u))
    } else {
        Value::Int(u as i64)
    }
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, format, size) = view(vm, &args, "tolist")?;
    let items = (0..data.len() / size)
        .map(|i| item(vm, &data, &format, size, i))
        .collect();
    Ok(vm.new_list(items))
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, _, _) = view(vm, &args, "tobytes")?;
    Ok(vm.new_bytes(data))
}

fn mv_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, _, size) = view(vm, &args, "__len__")?;
    Ok(Value::Int((data.len() / size) as i64))
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let (data, format, size) = view(vm, &args, "__getitem__")?;
    let a = rest(&args).fixed(vm, "__getitem__", 1, 1)?.to_vec();
    let n = (data.len() / size) as i64;
    let mut i = vm.index_arg(&a[0])?;
    if i < 0 {
        i += n;
    }
    if !(0..n).contains(&i) {
        return Err(vm.new_error(
            &vm.types().exc.index_error,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(item(vm, &data, &format, size, i as usize))
}

fn mv_release(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn mv_enter(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(self_arg(vm, &args, "__enter__")?.clone())
}
