//! The list-like methods of `array.array` (`append`, `extend`, `insert`, `pop`, `remove`,
//! `index`, `count`, `reverse`) and its conversions (`tolist`, `tobytes`, `frombytes`,
//! `fromlist`, `tounicode`, `fromunicode`, `buffer_info`, `byteswap`).

use crate::builtins::rest;
use crate::object::Payload;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::array::{item, items, itemsize, pack, pack_all, read, snapshot, this_of, this_tc, with};

pub(super) fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "append")?;
    let a = rest(&args).fixed(vm, "append", 1, 1)?;
    let bytes = pack(vm, tc, &a[0])?;
    with(vm, this, |arr| arr.data.extend(bytes))?;
    Ok(Value::None)
}

pub(super) fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "extend")?;
    let a = rest(&args).fixed(vm, "extend", 1, 1)?;
    let bytes = match snapshot(&a[0]) {
        Some((otc, other)) if otc == tc => other,
        Some(_) => return Err(vm.type_error("can only extend with array of same kind")),
        None => {
            // Items are appended one by one: a bad item keeps those before it.
            let values = vm.collect(&a[0])?;
            for v in &values {
                let b = pack(vm, tc, v)?;
                with(vm, this, |arr| arr.data.extend(b))?;
            }
            return Ok(Value::None);
        }
    };
    with(vm, this, |arr| arr.data.extend(bytes))?;
    Ok(Value::None)
}

pub(super) fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, n) = this_tc(vm, &args, "insert")?;
    let a = rest(&args).fixed(vm, "insert", 2, 2)?;
    let n = n as i64;
    let mut i = vm.index_arg(&a[0])?;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    let bytes = pack(vm, tc, &a[1])?;
    let size = itemsize(tc);
    with(vm, this, |arr| {
        arr.data.splice(i * size..i * size, bytes);
    })?;
    Ok(Value::None)
}

pub(super) fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, n) = this_tc(vm, &args, "pop")?;
    let a = rest(&args).fixed(vm, "pop", 0, 1)?;
    let size = itemsize(tc);
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = match a.first() {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if !(0..n as i64).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = read(this, |tc, data| item(vm, tc, data, j)).unwrap_or(Value::None);
    with(vm, this, |arr| {
        arr.data.drain(j * size..(j + 1) * size);
    })?;
    Ok(v)
}

pub(super) fn find(
    vm: &Vm,
    tc: u8,
    data: &[u8],
    x: &Value,
    from: usize,
    to: usize,
) -> PyResult<Option<usize>> {
    for (i, v) in items(vm, tc, data).iter().enumerate().take(to).skip(from) {
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

pub(super) fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "remove")?;
    let a = rest(&args).fixed(vm, "remove", 1, 1)?;
    let size = itemsize(tc);
    match find(vm, tc, &data, &a[0], 0, usize::MAX)? {
        Some(i) => {
            with(vm, this, |arr| {
                arr.data.drain(i * size..(i + 1) * size);
            })?;
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

pub(super) fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "index")?;
    let a = rest(&args).fixed(vm, "index", 1, 3)?;
    let n = (data.len() / itemsize(tc)) as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.index_arg(v)?,
            None => default,
        };
        Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
    };
    let from = bound(a.get(1), 0)?;
    let to = bound(a.get(2), n)?;
    match find(vm, tc, &data, &a[0], from, to)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

pub(super) fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "count")?;
    let a = rest(&args).fixed(vm, "count", 1, 1)?;
    let mut n = 0;
    for v in items(vm, tc, &data) {
        if vm.eq(&v, &a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(super) fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "reverse")?;
    let size = itemsize(tc);
    let out: Vec<u8> = data.chunks(size).rev().flatten().copied().collect();
    with(vm, this, |arr| arr.data = out)?;
    Ok(Value::None)
}

pub(super) fn tolist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "tolist")?;
    Ok(vm.new_list(items(vm, tc, &data)))
}

pub(super) fn tobytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, _, data) = this_of(vm, &args, "tobytes")?;
    Ok(vm.new_bytes(data))
}

pub(super) fn frombytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "frombytes")?;
    let a = rest(&args).fixed(vm, "frombytes", 1, 1)?;
    let b = super::buffer::bytes_of(vm, &a[0])?;
    if b.len() % itemsize(tc) != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    with(vm, this, |arr| arr.data.extend(b))?;
    Ok(Value::None)
}

pub(super) fn fromlist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "fromlist")?;
    let a = rest(&args).fixed(vm, "fromlist", 1, 1)?;
    let Some(Payload::List(l)) = a[0].as_obj().map(|o| &o.payload) else {
        return Err(vm.type_error("arg must be list"));
    };
    let values = l.borrow().clone();
    let bytes = pack_all(vm, tc, &values)?;
    with(vm, this, |arr| arr.data.extend(bytes))?;
    Ok(Value::None)
}

pub(super) fn tounicode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, tc, data) = this_of(vm, &args, "tounicode")?;
    if tc != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = data
        .chunks(4)
        .filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])))
        .collect();
    Ok(vm.new_str(s))
}

pub(super) fn fromunicode(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, _) = this_tc(vm, &args, "fromunicode")?;
    let a = rest(&args).fixed(vm, "fromunicode", 1, 1)?;
    let Some(s) = a[0].as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    if tc != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let bytes: Vec<u8> = s
        .as_str()
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    with(vm, this, |arr| arr.data.extend(bytes))?;
    Ok(Value::None)
}

pub(super) fn buffer_info(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, _, _) = this_tc(vm, &args, "buffer_info")?;
    let (addr, n) = with(vm, this, |arr| {
        (arr.data.as_ptr() as usize, arr.item_count())
    })?;
    Ok(vm.new_tuple(vec![Value::Int(addr as i64), Value::Int(n as i64)]))
}

pub(super) fn byteswap(vm: &Vm, args: Args) -> PyResult<Value> {
    let (this, tc, data) = this_of(vm, &args, "byteswap")?;
    let size = itemsize(tc);
    let out: Vec<u8> = data
        .chunks(size)
        .flat_map(|c| c.iter().rev().copied().collect::<Vec<u8>>())
        .collect();
    with(vm, this, |arr| arr.data = out)?;
    Ok(Value::None)
}
