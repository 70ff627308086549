//! `str` searching, splitting and joining: `find`/`index`/`count` and their `r` forms with
//! CPython's start/end clamping, `startswith`/`endswith`, `replace`, `split`/`rsplit`/
//! `splitlines`, `partition`, `join`, `removeprefix`/`removesuffix`.
//!
//! Indices are in code points; the text is UTF-8, so a range is turned into byte offsets
//! once (directly for ASCII text).

use crate::builtins::argparse::{one_arg, Sig};
use crate::builtins::strings::{str_arg, this};
use crate::builtins::{method, rest};
use crate::object::PyStr;
use crate::types::function::{Args, NativeFn};
use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().str;
    let table: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
    ];
    for (name, f) in table {
        method(vm, t, name, *f);
    }
}

/// The byte offset of code point `i` of `s` (`i` at most the length).
fn byte_at(s: &PyStr, i: usize) -> usize {
    if s.is_ascii() {
        return i;
    }
    s.as_str()
        .char_indices()
        .nth(i)
        .map_or(s.as_str().len(), |(b, _)| b)
}

/// The number of code points in `s[..b]`.
fn chars_before(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

/// An optional slice bound (`None` or an index), as `_PyEval_SliceIndex` reads it.
fn bound(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_opt(v)? {
            Some(i) => Ok(Some(i)),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// `ADJUST_INDICES`: start and end clamped into `0..=len` (start may exceed end).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v };
    let end = end.map_or(n, |e| fix(e).min(n));
    let start = start.map_or(0, fix);
    (start.max(0) as usize, end as usize)
}

/// The arguments of `find` and kin: `(sub[, start[, end]])` with its own count message.
fn find_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    let r = rest(args);
    if r.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let a = r.pos();
    if a.is_empty() || a.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes {} ({} given)",
            if a.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            a.len()
        )));
    }
    Ok(a)
}

/// Where `sub` is in `s[start:end]` (code point index), searching from the left or right.
fn search(vm: &Vm, args: &Args, name: &str, last: bool) -> PyResult<Option<usize>> {
    let s = this(vm, args, name)?;
    let a = find_args(vm, args, name)?;
    let sub = str_arg(vm, &a[0], "")?;
    let (start, end) = adjust(bound(vm, a.get(1))?, bound(vm, a.get(2))?, s.char_len());
    if end < start || end - start < sub.chars().count() {
        return Ok(None);
    }
    let (bs, be) = (byte_at(s, start), byte_at(s, end));
    let hay = &s.as_str()[bs..be];
    let found = if last { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| start + chars_before(hay, b)))
}

fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    let i = search(vm, &args, "find", false)?;
    Ok(Value::Int(i.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    let i = search(vm, &args, "rfind", true)?;
    Ok(Value::Int(i.map_or(-1, |i| i as i64)))
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| vm.value_error("substring not found"))
}

fn rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| vm.value_error("substring not found"))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "count")?;
    let a = find_args(vm, &args, "count")?;
    let sub = str_arg(vm, &a[0], "")?;
    let (start, end) = adjust(bound(vm, a.get(1))?, bound(vm, a.get(2))?, s.char_len());
    if end < start {
        return Ok(Value::Int(0));
    }
    let n = if sub.is_empty() {
        end - start + 1
    } else {
        let hay = &s.as_str()[byte_at(s, start)..byte_at(s, end)];
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

/// `startswith`/`endswith`: a str or a tuple of them, within `[start:end]`.
fn affix(vm: &Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 3)?;
    let (start, end) = adjust(bound(vm, a.get(1))?, bound(vm, a.get(2))?, s.char_len());
    let matches = |sub: &str| -> bool {
        let n = sub.chars().count();
        if start > end || end - start < n {
            return false;
        }
        let hay = &s.as_str()[byte_at(s, start)..byte_at(s, end)];
        if prefix {
            hay.starts_with(sub)
        } else {
            hay.ends_with(sub)
        }
    };
    if let Some(t) = a[0].as_obj().and_then(|o| o.as_tuple()) {
        for item in t.iter() {
            let Some(sub) = item.as_obj().and_then(|o| o.as_str()) else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if matches(sub.as_str()) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let Some(sub) = a[0].as_obj().and_then(|o| o.as_str()) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(Value::Bool(matches(sub.as_str())))
}

fn startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?;
    let a = rest(&args).fixed(vm, "replace", 2, 3)?;
    let old = str_arg(vm, &a[0], "replace() argument 1 ")?;
    let new = str_arg(vm, &a[1], "replace() argument 2 ")?;
    let count = match a.get(1 + 1) {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let text = s.as_str();
    let out = if old.is_empty() {
        // An empty pattern matches before every character and at the end.
        let mut o = String::with_capacity(text.len() + new.len() * (s.char_len() + 1));
        let mut done = 0;
        for c in text.chars() {
            if done < limit {
                o.push_str(new);
                done += 1;
            }
            o.push(c);
        }
        if done < limit {
            o.push_str(new);
        }
        o
    } else {
        text.replacen(old, new, limit)
    };
    Ok(vm.new_str(out))
}

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, usize)> {
    let a = Sig::new(name, &["sep", "maxsplit"], 0).bind(vm, &rest(args))?;
    let sep = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = str_arg(vm, v, "").map_err(|_| {
                vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))
            })?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match a[1] {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    Ok((sep, usize::try_from(max).unwrap_or(usize::MAX)))
}

/// Splits on runs of whitespace, at most `max` times, from the left.
fn whitespace_split(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let end = rest.find(unicode::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(unicode::is_space);
    }
    out
}

/// Splits on runs of whitespace, at most `max` times, from the right (in right-to-left
/// order).
fn whitespace_rsplit(s: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(unicode::is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest);
            break;
        }
        let start = rest.rfind(unicode::is_space).map_or(0, |b| {
            b + rest[b..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(unicode::is_space);
    }
    out
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect())
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "split")?;
    let (sep, max) = split_args(vm, &args, "split")?;
    let parts: Vec<&str> = match sep {
        Some(sep) => s.as_str().splitn(max.saturating_add(1), sep).collect(),
        None => whitespace_split(s.as_str(), max),
    };
    Ok(str_list(vm, parts))
}

fn rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "rsplit")?;
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<&str> = match sep {
        Some(sep) => s.as_str().rsplitn(max.saturating_add(1), sep).collect(),
        None => whitespace_rsplit(s.as_str(), max),
    };
    parts.reverse();
    Ok(str_list(vm, parts))
}

/// The line boundaries `str.splitlines` recognises.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let a = Sig::new("splitlines", &["keepends"], 0).bind(vm, &rest(&args))?;
    let keep = match a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            end += 1;
        }
        out.push(&text[start..if keep { end } else { b }]);
        start = end;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    Ok(str_list(vm, out))
}

fn part(vm: &Vm, args: Args, name: &str, last: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let sep = one_arg(vm, &rest(&args), &format!("str.{name}"))?;
    let sep = str_arg(vm, sep, "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if last {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let whole = args.values[0].clone();
    let empty = || vm.new_str("");
    let (x, y, z) = match found {
        Some(i) => (
            vm.new_str(&text[..i]),
            vm.new_str(sep),
            vm.new_str(&text[i + sep.len()..]),
        ),
        None if last => (empty(), empty(), whole),
        None => (whole, empty(), empty()),
    };
    Ok(vm.new_tuple(vec![x, y, z]))
}

fn partition(vm: &Vm, args: Args) -> PyResult<Value> {
    part(vm, args, "partition", false)
}

fn rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    part(vm, args, "rpartition", true)
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?.as_str();
    let iterable = one_arg(vm, &rest(&args), "str.join")?;
    let items = vm.collect(iterable)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.as_obj().and_then(|o| o.as_str()) {
            Some(s) => out.push_str(s.as_str()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(vm.new_str(out))
}

fn remove_affix(vm: &Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let p = one_arg(vm, &rest(&args), &format!("str.{name}"))?;
    let p = str_arg(vm, p, &format!("{name}() argument "))?;
    let text = s.as_str();
    let cut = if prefix {
        text.strip_prefix(p)
    } else {
        text.strip_suffix(p)
    };
    match cut {
        Some(t) if !p.is_empty() => Ok(vm.new_str(t)),
        _ => Ok(vm.new_str(text)),
    }
}

fn removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}
