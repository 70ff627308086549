//! The text-like methods shared by `bytes` and `bytearray` (strip, split, join, replace,
//! case mapping, padding, classification, partition, ...). Each algorithm works on `&[u8]`
//! and the result is wrapped in the receiver's type, so both types share one body.

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::types::function::{Args, NativeFn};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let methods: [(&'static str, NativeFn); 31] = [
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("splitlines", splitlines),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isascii", isascii),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("hex", hex),
    ];
    for t in [&vm.types().bytes, &vm.types().bytearray] {
        for (name, f) in methods {
            method(vm, t, name, f);
        }
    }
}

/// The receiver's bytes and whether it is a bytearray (results keep the receiver's type).
fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    let v = self_arg(vm, args, name)?;
    let is_array = matches!(v.as_obj().map(|o| &o.payload), Some(Payload::ByteArray(_)));
    let b = vm.bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received '{}'",
            vm.type_name(v)
        ))
    })?;
    Ok((b, is_array))
}

fn wrap(vm: &Vm, is_array: bool, b: Vec<u8>) -> Value {
    if is_array {
        crate::builtins::bytes::new_bytearray(vm, b)
    } else {
        vm.new_bytes(b)
    }
}

/// A bytes-like argument, with CPython's "a bytes-like object is required" message.
fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    vm.bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- strip ----

fn strip_bytes(b: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let drop = |c: &u8| chars.map_or(is_space(*c), |s| s.contains(c));
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && drop(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && drop(&b[e - 1]) {
            e -= 1;
        }
    }
    b[s..e].to_vec()
}

fn strip_impl(vm: &Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    Ok(wrap(
        vm,
        arr,
        strip_bytes(&b, chars.as_deref(), left, right),
    ))
}

fn strip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}
fn lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}
fn rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

// ---- split ----

fn find_at(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    (from..=hay.len().checked_sub(needle.len())?).find(|&i| hay[i..].starts_with(needle))
}

fn rfind_before(hay: &[u8], needle: &[u8], end: usize) -> Option<usize> {
    (0..=end.checked_sub(needle.len())?)
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

/// Split on runs of whitespace (no separator given), at most `max` splits from the left.
fn split_whitespace(b: &[u8], max: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        if max >= 0 && splits == max {
            // The unsplit remainder keeps its trailing whitespace.
            out.push(b[i..].to_vec());
            break;
        }
        let s = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        out.push(b[s..i].to_vec());
        splits += 1;
    }
    out
}

fn rsplit_whitespace(b: &[u8], max: i64) -> Vec<Vec<u8>> {
    let rev: Vec<u8> = b.iter().rev().copied().collect();
    let mut parts = split_whitespace(&rev, max);
    for p in &mut parts {
        p.reverse();
    }
    parts.reverse();
    parts
}

fn split_sep(b: &[u8], sep: &[u8], max: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut splits = 0;
    while max < 0 || splits < max {
        match find_at(b, sep, start) {
            Some(i) => {
                out.push(b[start..i].to_vec());
                start = i + sep.len();
                splits += 1;
            }
            None => break,
        }
    }
    out.push(b[start..].to_vec());
    out
}

fn rsplit_sep(b: &[u8], sep: &[u8], max: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut end = b.len();
    let mut splits = 0;
    while max < 0 || splits < max {
        match rfind_before(b, sep, end) {
            Some(i) => {
                out.push(b[i + sep.len()..end].to_vec());
                end = i;
                splits += 1;
            }
            None => break,
        }
    }
    out.push(b[..end].to_vec());
    out.reverse();
    out
}

fn split_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    let r = rest(&args);
    r.only_kwargs(vm, name, &["sep", "maxsplit"])?;
    let a = r.count(vm, name, 0, 2)?;
    let sep = match a.first().or(r.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let max = match a.get(1).or(r.kwarg("maxsplit")) {
        None => -1,
        Some(v) => vm.index_arg(v)?,
    };
    let parts = match (&sep, reverse) {
        (Some(s), _) if s.is_empty() => return Err(vm.value_error("empty separator")),
        (Some(s), false) => split_sep(&b, s, max),
        (Some(s), true) => rsplit_sep(&b, s, max),
        (None, false) => split_whitespace(&b, max),
        (None, true) => rsplit_whitespace(&b, max),
    };
    let items = parts.into_iter().map(|p| wrap(vm, arr, p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}
fn rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, "splitlines")?;
    let r = rest(&args);
    r.only_kwargs(vm, "splitlines", &["keepends"])?;
    let a = r.count(vm, "splitlines", 0, 1)?;
    let keep = match a.first().or(r.kwarg("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let s = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut e = i;
        if i < b.len() {
            i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keep {
                e = i;
            }
        }
        out.push(wrap(vm, arr, b[s..e].to_vec()));
    }
    Ok(vm.new_list(out))
}

// ---- join / replace ----

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let (sep, arr) = this(vm, &args, "join")?;
    let a = rest(&args).fixed(vm, "join", 1, 1)?;
    let items = vm.collect(&a[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = vm.bytes_like(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(wrap(vm, arr, out))
}

fn replace_bytes(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::new();
    let mut done = 0;
    let mut i = 0;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        while i <= b.len() {
            if count < 0 || done < count {
                out.extend_from_slice(new);
                done += 1;
            }
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
        }
        return out;
    }
    while i < b.len() {
        if (count < 0 || done < count) && b[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            done += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, "replace")?;
    let a = rest(&args).fixed(vm, "replace", 2, 3)?;
    let old = bytes_arg(vm, &a[0])?;
    let new = bytes_arg(vm, &a[1])?;
    let count = match a.get(2) {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    Ok(wrap(vm, arr, replace_bytes(&b, &old, &new, count)))
}

fn affix_remove(vm: &Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 1, 1)?;
    let x = bytes_arg(vm, &a[0])?;
    let out = if prefix && b.starts_with(&x) {
        b[x.len()..].to_vec()
    } else if !prefix && b.ends_with(&x) {
        b[..b.len() - x.len()].to_vec()
    } else {
        b
    };
    Ok(wrap(vm, arr, out))
}

fn removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", true)
}
fn removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", false)
}

// ---- case mapping (ASCII only, as CPython's bytes methods) ----

fn map_impl(vm: &Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    rest(&args).fixed(vm, name, 0, 0)?;
    Ok(wrap(vm, arr, f(&b)))
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let out = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "lower", |b| b.to_ascii_lowercase())
}
fn title(vm: &Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "title", title_bytes)
}
fn capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "capitalize", capitalize_bytes)
}
fn swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    map_impl(vm, args, "swapcase", swapcase_bytes)
}

// ---- partition ----

fn partition_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 1, 1)?;
    let sep = bytes_arg(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        rfind_before(&b, &sep, b.len())
    } else {
        find_at(&b, &sep, 0)
    };
    let parts = match found {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if reverse => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| wrap(vm, arr, p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}
fn rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---- padding ----

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

fn pad_impl(vm: &Vm, args: Args, name: &str, align: Align) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, name)?;
    let a = rest(&args).fixed(vm, name, 1, 2)?;
    let width = vm.index_arg(&a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match vm.bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let total = (width.max(0) as usize).saturating_sub(b.len());
    let left = match align {
        Align::Left => 0,
        Align::Right => total,
        // CPython puts the odd extra byte on the left when the width is odd.
        Align::Center => total / 2 + (total & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(b.len() + total, fill);
    Ok(wrap(vm, arr, out))
}

fn center(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", Align::Center)
}
fn ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", Align::Left)
}
fn rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", Align::Right)
}

fn zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, "zfill")?;
    let a = rest(&args).fixed(vm, "zfill", 1, 1)?;
    let width = vm.index_arg(&a[0])?.max(0) as usize;
    if width <= b.len() {
        return Ok(wrap(vm, arr, b));
    }
    let signed = matches!(b.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(b[0]);
    }
    out.resize(out.len() + width - b.len(), b'0');
    out.extend_from_slice(&b[signed as usize..]);
    Ok(wrap(vm, arr, out))
}

fn expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, arr) = this(vm, &args, "expandtabs")?;
    let r = rest(&args);
    r.only_kwargs(vm, "expandtabs", &["tabsize"])?;
    let a = r.count(vm, "expandtabs", 0, 1)?;
    let size = match a.first().or(r.kwarg("tabsize")) {
        Some(v) => vm.index_arg(v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in &b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(vm, arr, out))
}

// ---- classification ----

fn class_impl(vm: &Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (b, _) = this(vm, &args, name)?;
    rest(&args).fixed(vm, name, 0, 0)?;
    Ok(Value::Bool(f(&b)))
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn istitle_bytes(b: &[u8]) -> bool {
    let mut prev_cased = false;
    let mut any = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    any
}

fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isdigit", |b| all_nonempty(b, u8::is_ascii_digit))
}
fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isalpha", |b| {
        all_nonempty(b, u8::is_ascii_alphabetic)
    })
}
fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isalnum", |b| {
        all_nonempty(b, u8::is_ascii_alphanumeric)
    })
}
fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isspace", |b| all_nonempty(b, |c| is_space(*c)))
}
fn islower(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn isupper(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn istitle(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "istitle", istitle_bytes)
}
fn isascii(vm: &Vm, args: Args) -> PyResult<Value> {
    class_impl(vm, args, "isascii", |b| b.is_ascii())
}

// ---- hex ----

/// `hex([sep[, bytes_per_sep]])`: groups counted from the right when `bytes_per_sep` > 0.
fn hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let (b, _) = this(vm, &args, "hex")?;
    let r = rest(&args);
    r.only_kwargs(vm, "hex", &["sep", "bytes_per_sep"])?;
    let a = r.count(vm, "hex", 0, 2)?;
    let sep = match a.first().or(r.kwarg("sep")) {
        None => None,
        Some(v) => {
            let s = match v.as_obj().and_then(|o| o.as_str()) {
                Some(s) => s.as_str().to_string(),
                None => String::from_utf8_lossy(&bytes_arg(vm, v)?).into_owned(),
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = match a.get(1).or(r.kwarg("bytes_per_sep")) {
        None => 1,
        Some(v) => vm.index_arg(v)?,
    };
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(vm.new_str(digits.concat()));
    };
    let group = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        // Separators go between groups counted from the right (per > 0) or left (per < 0).
        let boundary = if per > 0 {
            (n - i).is_multiple_of(group)
        } else {
            i.is_multiple_of(group)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(vm.new_str(out))
}
