//! `bytes` and `bytearray`: construction, text encoding and decoding (UTF-8, ASCII,
//! Latin-1 with `strict`/`replace`/`ignore`), and the common methods.

use std::cell::RefCell;

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    for t in [&vm.types().bytes, &vm.types().bytearray] {
        method(vm, t, "decode", decode_method);
        method(vm, t, "startswith", startswith);
        method(vm, t, "endswith", endswith);
    }
    method(vm, &vm.types().bytearray, "append", append);
    crate::builtins::class_method(vm, &vm.types().bytes, "fromhex", fromhex);
    crate::builtins::class_method(vm, &vm.types().bytearray, "fromhex", fromhex);
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, whitespace between
/// pairs allowed.
fn fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::builtins::constructors::cls_arg(vm, &args, "fromhex")?;
    let a = crate::builtins::argparse::one_arg(vm, &rest(&args), "fromhex")?;
    let Some(s) = a.as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(a)
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let is_bytearray = crate::types::typeobj::is_subtype(&cls, &vm.types().bytearray);
    let v = if is_bytearray {
        new_bytearray(vm, out)
    } else {
        vm.new_bytes(out)
    };
    if std::rc::Rc::ptr_eq(&cls, &vm.types().bytes)
        || std::rc::Rc::ptr_eq(&cls, &vm.types().bytearray)
    {
        return Ok(v);
    }
    vm.call(&Value::Obj(cls), Args::positional(&[v]))
}

/// A new `bytearray`.
pub fn new_bytearray(vm: &Vm, b: Vec<u8>) -> Value {
    Value::Obj(crate::object::PyObject::new(
        vm.types().bytearray.clone(),
        Payload::ByteArray(RefCell::new(b)),
    ))
}

/// The bytes for `bytes(x)` / `bytearray(x)`.
pub fn bytes_from(vm: &Vm, r: &Args, name: &str) -> PyResult<Vec<u8>> {
    r.only_kwargs(vm, name, &["source", "encoding", "errors"])?;
    let a = r.count(vm, name, 0, 3)?;
    let Some(src) = a.first().or(r.kwarg("source")) else {
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_obj().and_then(|o| o.as_str()) {
        let Some(enc) = a.get(1).or(r.kwarg("encoding")) else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = vm.str_of(enc)?;
        let errors = match a.get(2).or(r.kwarg("errors")) {
            Some(e) => vm.str_of(e)?,
            None => "strict".into(),
        };
        return encode(vm, s.as_str(), &enc, &errors);
    }
    if let Some(b) = vm.bytes_like(src) {
        return Ok(b);
    }
    match num_of(src) {
        Some(Num::Int(n)) => {
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            return Ok(vec![0; n as usize]);
        }
        Some(Num::Big(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => {}
    }
    if !vm.is_iterable(src) {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {name}",
            vm.type_name(src)
        )));
    }
    let mut out = Vec::new();
    for v in vm.collect(src)? {
        match num_of(&v) {
            Some(Num::Int(i)) if (0..256).contains(&i) => out.push(i as u8),
            Some(Num::Int(_) | Num::Big(_)) => {
                return Err(vm.value_error("bytes must be in range(0, 256)"))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&v)
                )))
            }
        }
    }
    Ok(out)
}

pub fn bytes_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rest(&args);
    Ok(vm.new_bytes(bytes_from(vm, &r, "bytes")?))
}

pub fn bytearray_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = rest(&args);
    Ok(new_bytearray(vm, bytes_from(vm, &r, "bytearray")?))
}

pub use crate::builtins::codecs::{decode, encode};

fn data(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    vm.bytes_like(self_arg(vm, args, name)?)
        .ok_or_else(|| vm.type_error(format!("descriptor '{name}' requires a 'bytes' object")))
}

fn decode_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let b = data(vm, &args, "decode")?;
    let r = rest(&args);
    r.only_kwargs(vm, "decode", &["encoding", "errors"])?;
    let a = r.count(vm, "decode", 0, 2)?;
    let enc = match a.first().or(r.kwarg("encoding")) {
        Some(v) => vm.str_of(v)?,
        None => "utf-8".into(),
    };
    let errors = match a.get(1).or(r.kwarg("errors")) {
        Some(v) => vm.str_of(v)?,
        None => "strict".into(),
    };
    Ok(vm.new_str(decode(vm, &b, &enc, &errors)?))
}

fn affix(vm: &Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let b = data(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 1)?;
    let needles: Vec<Value> = match a[0].as_obj().and_then(|o| o.as_tuple()) {
        Some(t) => t.to_vec(),
        None => vec![a[0].clone()],
    };
    for n in needles {
        let Some(nb) = vm.bytes_like(&n) else {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(&n)
            )));
        };
        if (prefix && b.starts_with(&nb)) || (!prefix && b.ends_with(&nb)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "append")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "append", 1, 1)?;
    let byte = crate::builtins::bytearray::byte_value(vm, &a[0])?;
    if let Some(Payload::ByteArray(b)) = this.as_obj().map(|o| &o.payload) {
        b.borrow_mut().push(byte);
    }
    Ok(Value::None)
}
