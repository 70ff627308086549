//! `binascii`: hex and base64 conversions and the CRC checksums (`crc32`, `crc_hqx`) that
//! `base64`, `hashlib`'s helpers, `zipfile` and friends build on, with CPython 3.11's
//! `binascii.Error` messages.

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

fn error_class(vm: &Vm) -> PyRef {
    vm.native_type("binascii.Error", |vm| {
        let base = vm.types().exc.value_error.clone();
        super::struct_mod::new_exception_class(vm, "binascii", "Error", &base)
    })
}

fn error(vm: &Vm, msg: impl Into<Box<str>>) -> PyErr {
    vm.new_error(&error_class(vm), msg)
}

pub fn init(vm: &Vm, ns: &PyRef) {
    vm.dict_set_str(ns, "Error", Value::Obj(error_class(vm)));
    let exc = vm.types().exc.exception.clone();
    let incomplete = vm.native_type("binascii.Incomplete", |vm| {
        super::struct_mod::new_exception_class(vm, "binascii", "Incomplete", &exc)
    });
    vm.dict_set_str(ns, "Incomplete", Value::Obj(incomplete));
    let m = "binascii";
    function(vm, ns, m, "hexlify", hexlify);
    function(vm, ns, m, "b2a_hex", b2a_hex);
    function(vm, ns, m, "unhexlify", unhexlify);
    function(vm, ns, m, "a2b_hex", a2b_hex);
    function(vm, ns, m, "b2a_base64", b2a_base64);
    function(vm, ns, m, "a2b_base64", a2b_base64);
    function(vm, ns, m, "crc32", crc32);
    function(vm, ns, m, "crc_hqx", crc_hqx);
}

/// A bytes-like argument.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    super::buffer::bytes_of(vm, v)
}

/// A bytes-like or ASCII-only `str` argument (the `a2b_*` functions take both).
fn ascii_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_obj().and_then(|o| o.as_str()) {
        if !s.as_str().is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    super::buffer::bytes_of(vm, v).map_err(|_| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn hex_common(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    args.only_kwargs(vm, name, &["data", "sep", "bytes_per_sep"])?;
    let pos = args.count(vm, name, 0, 3)?;
    let data = pos.first().or_else(|| args.kwarg("data")).ok_or_else(|| {
        vm.type_error(format!("{name}() missing required argument 'data' (pos 1)"))
    })?;
    let bytes = vm.new_bytes(data_arg(vm, data)?);
    // bytes.hex has the same separator rules and messages.
    let hex = vm.getattr_str(&bytes, "hex")?;
    let mut rest = Vec::new();
    if let Some(sep) = pos.get(1).or_else(|| args.kwarg("sep")) {
        rest.push(sep.clone());
        if let Some(n) = pos.get(2).or_else(|| args.kwarg("bytes_per_sep")) {
            rest.push(n.clone());
        }
    }
    let s = vm.call(&hex, Args::positional(&rest))?;
    Ok(vm.new_bytes(vm.str_of(&s)?.into_bytes()))
}

fn hexlify(vm: &Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, args, "hexlify")
}

fn b2a_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, args, "b2a_hex")
}

fn unhex(vm: &Vm, args: Args, name: &str) -> PyResult<Value> {
    let a = args.fixed(vm, name, 1, 1)?;
    let data = ascii_arg(vm, &a[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

fn unhexlify(vm: &Vm, args: Args) -> PyResult<Value> {
    unhex(vm, args, "unhexlify")
}

fn a2b_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    unhex(vm, args, "a2b_hex")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "b2a_base64", &["newline"])?;
    let a = args.count(vm, "b2a_base64", 1, 1)?;
    let data = data_arg(vm, &a[0])?;
    let newline = match args.kwarg("newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn a2b_base64(vm: &Vm, args: Args) -> PyResult<Value> {
    args.only_kwargs(vm, "a2b_base64", &["strict_mode"])?;
    let a = args.count(vm, "a2b_base64", 1, 1)?;
    let data = ascii_arg(vm, &a[0])?;
    let strict = match args.kwarg("strict_mode") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut left, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos as usize + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(vm.new_bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(vm.new_bytes(out)),
        1 => Err(error(
            vm,
            format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ),
        )),
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// The running value argument of the CRC functions, reduced as C's `unsigned int` cast does.
fn crc_start(vm: &Vm, v: Option<&Value>, mask: u64) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let n = match crate::ops::number::big_of(v) {
        Some(n) => n,
        None => num_bigint::BigInt::from(vm.index_arg(v)?),
    };
    let m = num_bigint::BigInt::from(mask) + 1;
    let r = ((n % &m) + &m) % &m;
    Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0))
}

fn crc32(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "crc32", 1, 2)?;
    let data = data_arg(vm, &a[0])?;
    let mut crc = !crc_start(vm, a.get(1), 0xffff_ffff)?;
    for &b in &data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    Ok(Value::Int(!crc as i64))
}

fn crc_hqx(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "crc_hqx", 2, 2)?;
    let data = data_arg(vm, &a[0])?;
    let mut crc = crc_start(vm, a.get(1), 0xffff_ffff)? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                ((crc << 1) ^ 0x1021) & 0xffff
            } else {
                (crc << 1) & 0xffff
            };
        }
    }
    Ok(Value::Int(crc as i64))
}
