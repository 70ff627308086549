//! `find`, `rfind`, `index`, `count`, `translate` and `maketrans` for `bytes` and
//! `bytearray`, which `re._compiler` (charset bitmaps) and `base64` (alphabets) use.
//! Installed only where the type does not already define the method.

use crate::builtins::{method, rest, self_arg};
use crate::types::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &Vm) {
    let methods: [(&'static str, NativeFn); 5] = [
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("count", count),
        ("translate", translate),
    ];
    for t in [vm.types().bytes.clone(), vm.types().bytearray.clone()] {
        for (name, f) in methods {
            let present = t
                .dict
                .as_ref()
                .and_then(|d| vm.dict_get_str(d, name).ok().flatten())
                .is_some();
            if !present {
                method(vm, &t, name, f);
            }
        }
        let has_maketrans = t
            .dict
            .as_ref()
            .and_then(|d| vm.dict_get_str(d, "maketrans").ok().flatten())
            .is_some();
        if !has_maketrans {
            crate::builtins::static_method(vm, &t, "maketrans", maketrans);
        }
    }
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to the
/// byte at the same place in `to`.
fn maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "maketrans", 2, 2)?;
    let from = super::buffer::bytes_of(vm, &a[0])?;
    let to = super::buffer::bytes_of(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn this_bytes(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let this = self_arg(vm, args, name)?;
    vm.bytes_like(this).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received '{}'",
            vm.type_name(this)
        ))
    })
}

/// The needle (a bytes-like object or an int in 0..256) and the clamped `start`/`end`.
fn search_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, Vec<u8>, usize, usize)> {
    let hay = this_bytes(vm, args, name)?;
    let a = rest(args).fixed(vm, name, 1, 3)?;
    let needle = match &a[0] {
        Value::Int(i) => {
            if !(0..256).contains(i) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            vec![*i as u8]
        }
        v => vm.bytes_like(v).ok_or_else(|| {
            vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))
        })?,
    };
    let n = hay.len() as i64;
    let clamp = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let x = match v {
            None | Some(Value::None) => default,
            Some(v) => vm.index_arg(v)?,
        };
        let x = if x < 0 { (x + n).max(0) } else { x.min(n) };
        Ok(x as usize)
    };
    let start = clamp(a.get(1), 0)?;
    let end = clamp(a.get(2), n)?;
    Ok((hay, needle, start, end))
}

fn positions<'a>(
    hay: &'a [u8],
    needle: &[u8],
    start: usize,
    end: usize,
) -> impl Iterator<Item = usize> + 'a {
    let last = end.checked_sub(needle.len());
    let range = match last {
        Some(l) if start <= l => start..l + 1,
        _ => 0..0,
    };
    let needle = needle.to_vec();
    range.filter(move |&i| hay[i..i + needle.len()] == needle[..])
}

fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    let (hay, needle, s, e) = search_args(vm, &args, "find")?;
    let found = positions(&hay, &needle, s, e).next();
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    let (hay, needle, s, e) = search_args(vm, &args, "rfind")?;
    let found = positions(&hay, &needle, s, e).last();
    Ok(Value::Int(found.map_or(-1, |i| i as i64)))
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let (hay, needle, s, e) = search_args(vm, &args, "index")?;
    let found = positions(&hay, &needle, s, e).next();
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let (hay, needle, s, e) = search_args(vm, &args, "count")?;
    if needle.is_empty() {
        return Ok(Value::Int(e.saturating_sub(s) as i64 + 1));
    }
    // Non-overlapping occurrences.
    let mut n = 0;
    let mut i = s;
    while i + needle.len() <= e {
        if hay[i..i + needle.len()] == needle[..] {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "translate")?.clone();
    let hay = this_bytes(vm, &args, "translate")?;
    let r = rest(&args);
    let a = r.count(vm, "translate", 1, 2)?;
    let table = match &a[0] {
        Value::None => None,
        v => {
            let t = vm.bytes_like(v).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                ))
            })?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match a.get(1).or(r.kwarg("delete")) {
        Some(d) => vm.bytes_like(d).unwrap_or_default(),
        None => Vec::new(),
    };
    let out: Vec<u8> = hay
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    let is_bytearray = matches!(
        this.as_obj().map(|o| &o.payload),
        Some(crate::object::Payload::ByteArray(_))
    );
    Ok(if is_bytearray {
        crate::builtins::bytes::new_bytearray(vm, out)
    } else {
        vm.new_bytes(out)
    })
}
