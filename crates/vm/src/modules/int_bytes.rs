//! `int.to_bytes` and `int.from_bytes` (used by `random.seed`, `_sha512`, `uuid`, ...),
//! installed only where the `int` type does not already define them.

use num_bigint::{BigInt, Sign};

use crate::builtins::{class_method, method, rest, self_arg};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &Vm) {
    let int = vm.types().int.clone();
    let has = |name: &str| {
        int.dict
            .as_ref()
            .and_then(|d| vm.dict_get_str(d, name).ok().flatten())
            .is_some()
    };
    if !has("to_bytes") {
        method(vm, &int, "to_bytes", to_bytes);
    }
    if !has("from_bytes") {
        class_method(vm, &int, "from_bytes", from_bytes);
    }
}

/// `byteorder` ("big" by default) and `signed` from the call.
fn order_and_sign(
    vm: &Vm,
    args: &Args,
    pos: &[Value],
    at: usize,
    name: &str,
) -> PyResult<(bool, bool)> {
    let order = pos.get(at).or(args.kwarg("byteorder"));
    let little = match order {
        None => false,
        Some(v) => match vm.str_of(v)?.as_str() {
            "big" => false,
            "little" => true,
            _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
    };
    let signed = match args.kwarg("signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let _ = name;
    Ok((little, signed))
}

fn to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "to_bytes")?.clone();
    let r = rest(&args);
    r.only_kwargs(vm, "to_bytes", &["length", "byteorder", "signed"])?;
    let pos = r.count(vm, "to_bytes", 0, 2)?.to_vec();
    let length = match pos.first().or(r.kwarg("length")) {
        Some(v) => vm.index_arg(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let (little, signed) = order_and_sign(vm, &r, &pos, 1, "to_bytes")?;
    let n = crate::ops::number::big_of(&this).unwrap_or_default();
    if n.sign() == Sign::Minus && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n == BigInt::from(0) {
        bytes.clear();
    }
    // Trim redundant sign bytes, then pad with the sign to the asked length.
    let pad = if n.sign() == Sign::Minus { 0xff } else { 0 };
    while bytes.len() > length as usize {
        let top = bytes[bytes.len() - 1];
        let next_neg = bytes.len() >= 2 && bytes[bytes.len() - 2] & 0x80 != 0;
        let removable = top == pad && (!signed || (pad == 0xff) == next_neg);
        if !removable {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.pop();
    }
    if signed && n.sign() != Sign::Minus && bytes.len() == length as usize {
        if let Some(&top) = bytes.last() {
            if top & 0x80 != 0 {
                return Err(vm.overflow_error("int too big to convert"));
            }
        }
    }
    bytes.resize(length as usize, pad);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = self_arg(vm, &args, "from_bytes")?.clone();
    let r = rest(&args);
    r.only_kwargs(vm, "from_bytes", &["bytes", "byteorder", "signed"])?;
    let pos = r.count(vm, "from_bytes", 0, 2)?.to_vec();
    let Some(src) = pos.first().or(r.kwarg("bytes")).cloned() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let data = match vm.bytes_like(&src) {
        Some(b) => b,
        None => {
            let mut out = Vec::new();
            for v in vm.collect(&src)? {
                let b = vm.index_arg(&v)?;
                if !(0..256).contains(&b) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(b as u8);
            }
            out
        }
    };
    let (little, signed) = order_and_sign(vm, &r, &pos, 1, "from_bytes")?;
    let mut le = data;
    if !little {
        le.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    };
    let v = vm.new_bigint(n);
    if cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types().int))
    {
        return Ok(v);
    }
    vm.call_positional(&cls, &[v])
}
