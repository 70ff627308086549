//! `str` methods: searching, splitting, joining, case, padding, predicates, `encode`, and
//! `str.format` with its field grammar (`{0.attr[key]!r:>{width}}`).

use crate::builtins::{method, rest, self_arg};
use crate::object::Payload;
use crate::ops::number::{num_of, Num};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().str;
    let table: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", format),
        ("format_map", format_map),
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("__format__", dunder_format),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__mod__", dunder_mod),
    ];
    for (name, f) in table {
        method(vm, t, name, *f);
    }
}

/// The text of `self` (a str or str subclass instance).
fn text(vm: &Vm, args: &Args, name: &str) -> PyResult<String> {
    match self_arg(vm, args, name)?.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'str' object but received a '{}'",
            vm.type_name(&args.values[0])
        ))),
    }
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.type_error(format!("{what}must be str, not {}", vm.type_name(v)))),
    }
}

fn join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = text(vm, &args, "join")?;
    let r = rest(&args);
    let a = r.fixed(vm, "str.join", 1, 1)?;
    let items = vm.collect(&a[0])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
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

/// `(sep, maxsplit)` of `split`/`rsplit`.
fn split_args(vm: &Vm, r: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    r.only_kwargs(vm, name, &["sep", "maxsplit"])?;
    let a = r.count(vm, name, 0, 2)?;
    let sep = match a.first().or(r.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = str_arg(vm, v, "")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match a.get(1).or(r.kwarg("maxsplit")) {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn split(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "split")?;
    let (sep, max) = split_args(vm, &rest(&args), "split")?;
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => whitespace_split(&s, max),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn whitespace_split(s: &str, max: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start();
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 == max {
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start();
    }
    out
}

fn rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "rsplit")?;
    let (sep, max) = split_args(vm, &rest(&args), "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(max as usize + 1, sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let rev: String = s.chars().rev().collect();
            whitespace_split(&rev, max)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    parts.reverse();
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "splitlines")?;
    let r = rest(&args);
    r.only_kwargs(vm, "splitlines", &["keepends"])?;
    let a = r.count(vm, "splitlines", 0, 1)?;
    let keep = match a.first().or(r.kwarg("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_break = matches!(
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
        );
        if is_break {
            let mut end = i + 1;
            if c == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let line: String = chars[start..if keep { end } else { i }].iter().collect();
            out.push(vm.new_str(line));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(vm.new_str(chars[start..].iter().collect::<String>()));
    }
    Ok(vm.new_list(out))
}

fn strip_chars(vm: &Vm, args: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    let r = rest(args);
    let a = r.fixed(vm, name, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(
            str_arg(vm, v, &format!("{name} arg "))?.chars().collect(),
        )),
    }
}

fn do_strip(vm: &Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    let chars = strip_chars(vm, &args, name)?;
    let pred = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace(),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(vm.new_str(t))
}

fn strip(vm: &Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "strip", true, true)
}

fn lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    do_strip(vm, args, "rstrip", false, true)
}

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(text(vm, &args, "upper")?.to_uppercase()))
}

fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(text(vm, &args, "lower")?.to_lowercase()))
}

fn title(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(vm.new_str(out))
}

fn capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "capitalize")?;
    let mut cs = s.chars();
    let out = match cs.next() {
        Some(f) => f
            .to_uppercase()
            .chain(cs.flat_map(|c| c.to_lowercase()))
            .collect(),
        None => String::new(),
    };
    Ok(vm.new_str(out))
}

fn swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "swapcase")?;
    let out: String = s
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect();
    Ok(vm.new_str(out))
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "replace")?;
    let r = rest(&args);
    let a = r.fixed(vm, "replace", 2, 3)?;
    let old = str_arg(vm, &a[0], "replace() argument 1 ")?;
    let new = str_arg(vm, &a[1], "replace() argument 2 ")?;
    let count = match a.get(2) {
        Some(v) => vm.index_arg(v)?,
        None => -1,
    };
    let out = if count < 0 {
        if old.is_empty() {
            let mut o = new.clone();
            for c in s.chars() {
                o.push(c);
                o.push_str(&new);
            }
            o
        } else {
            s.replace(&old, &new)
        }
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(out))
}

/// `(needle-or-tuple, start, end)` resolved to a char-range of `s`.
fn range_args(vm: &Vm, s: &str, a: &[Value]) -> PyResult<(usize, usize)> {
    let n = s.chars().count() as i64;
    let clamp = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let start = match a.get(1) {
        Some(Value::None) | None => 0,
        Some(v) => clamp(vm.index_arg(v)?),
    };
    let end = match a.get(2) {
        Some(Value::None) | None => n as usize,
        Some(v) => clamp(vm.index_arg(v)?),
    };
    Ok((start, end))
}

fn char_slice(s: &str, start: usize, end: usize) -> String {
    if end <= start {
        return String::new();
    }
    s.chars().skip(start).take(end - start).collect()
}

fn affix(vm: &Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 3)?;
    let (start, end) = range_args(vm, &s, a)?;
    let n = s.chars().count();
    let sub = char_slice(&s, start, end);
    let needles: Vec<Value> = match a[0].as_obj().and_then(|o| o.as_tuple()) {
        Some(t) => t.to_vec(),
        None => vec![a[0].clone()],
    };
    if start > n {
        return Ok(Value::Bool(false));
    }
    for nd in needles {
        let Some(t) = nd.as_obj().and_then(|o| o.as_str()) else {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&nd)
            )));
        };
        let hit = if prefix {
            sub.starts_with(t.as_str())
        } else {
            sub.ends_with(t.as_str())
        };
        if hit {
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

/// The char index of `needle` in `s[start:end]` (first or last), if present.
fn search(vm: &Vm, args: &Args, name: &str, last: bool) -> PyResult<Option<usize>> {
    let s = text(vm, args, name)?;
    let r = rest(args);
    let a = r.fixed(vm, name, 1, 3)?;
    let needle = str_arg(vm, &a[0], &format!("{name}() argument 1 "))?;
    let (start, end) = range_args(vm, &s, a)?;
    if end < start || start > s.chars().count() {
        return Ok(None);
    }
    let sub = char_slice(&s, start, end);
    let found = if last {
        sub.rfind(&needle)
    } else {
        sub.find(&needle)
    };
    Ok(found.map(|b| start + sub[..b].chars().count()))
}

fn find(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
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
    let s = text(vm, &args, "count")?;
    let r = rest(&args);
    let a = r.fixed(vm, "count", 1, 3)?;
    let needle = str_arg(vm, &a[0], "count() argument 1 ")?;
    let (start, end) = range_args(vm, &s, a)?;
    let sub = char_slice(&s, start, end);
    let n = if needle.is_empty() {
        sub.chars().count() + 1
    } else {
        sub.matches(needle.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn pred(vm: &Vm, args: Args, name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    Ok(Value::Bool(f(&s)))
}

fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c.is_ascii_digit())
    })
}

fn isnumeric(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_numeric())
    })
}

fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}

fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}

fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(char::is_whitespace)
    })
}

fn isupper(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn istitle(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
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
    })
}

fn isascii(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}

fn isidentifier(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}

fn isprintable(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| {
        s.chars()
            .all(|c| bytecode::unicode_printable::is_printable(c as u32))
    })
}

fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(String, usize, char)> {
    let s = text(vm, args, name)?;
    let r = rest(args);
    let a = r.fixed(vm, name, 1, 2)?;
    let width = vm.index_arg(&a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        Some(v) => {
            let f = str_arg(vm, v, &format!("{name}() argument 2 "))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    Ok((s, width, fill))
}

fn center(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "center")?;
    let n = s.chars().count();
    if n >= width {
        return Ok(vm.new_str(s));
    }
    let total = width - n;
    // CPython puts the extra fill character on the left when the padding and the
    // width are both odd.
    let left = total / 2 + (total & width & 1);
    let f = |k| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(vm.new_str(format!("{}{s}{}", f(left), f(total - left))))
}

fn ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "ljust")?;
    let n = s.chars().count();
    let pad: String = std::iter::repeat_n(fill, width.saturating_sub(n)).collect();
    Ok(vm.new_str(format!("{s}{pad}")))
}

fn rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "rjust")?;
    let n = s.chars().count();
    let pad: String = std::iter::repeat_n(fill, width.saturating_sub(n)).collect();
    Ok(vm.new_str(format!("{pad}{s}")))
}

fn zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "zfill")?;
    let r = rest(&args);
    let a = r.fixed(vm, "zfill", 1, 1)?;
    let width = vm.index_arg(&a[0])?.max(0) as usize;
    let n = s.chars().count();
    if n >= width {
        return Ok(vm.new_str(s));
    }
    let zeros = "0".repeat(width - n);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(vm.new_str(out))
}

fn part(vm: &Vm, args: Args, name: &str, last: bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 1)?;
    let sep = str_arg(vm, &a[0], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if last { s.rfind(&sep) } else { s.find(&sep) };
    let (x, y, z) = match found {
        Some(i) => (
            s[..i].to_string(),
            sep.clone(),
            s[i + sep.len()..].to_string(),
        ),
        None if last => (String::new(), String::new(), s.clone()),
        None => (s.clone(), String::new(), String::new()),
    };
    Ok(vm.new_tuple(vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)]))
}

fn partition(vm: &Vm, args: Args) -> PyResult<Value> {
    part(vm, args, "partition", false)
}

fn rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    part(vm, args, "rpartition", true)
}

fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "encode")?;
    let r = rest(&args);
    r.only_kwargs(vm, "encode", &["encoding", "errors"])?;
    let a = r.count(vm, "encode", 0, 2)?;
    let enc = match a.first().or(r.kwarg("encoding")) {
        Some(v) => str_arg(vm, v, "encode() argument 'encoding' ")?,
        None => "utf-8".into(),
    };
    let errors = match a.get(1).or(r.kwarg("errors")) {
        Some(v) => str_arg(vm, v, "")?,
        None => "strict".into(),
    };
    Ok(vm.new_bytes(crate::builtins::bytes::encode(vm, &s, &enc, &errors)?))
}

fn expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "expandtabs")?;
    let r = rest(&args);
    let a = r.count(vm, "expandtabs", 0, 1)?;
    let size = match a.first().or(r.kwarg("tabsize")) {
        Some(v) => vm.index_arg(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "removeprefix")?;
    let r = rest(&args);
    let a = r.fixed(vm, "removeprefix", 1, 1)?;
    let p = str_arg(vm, &a[0], "removeprefix() argument ")?;
    Ok(vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

fn removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "removesuffix")?;
    let r = rest(&args);
    let a = r.fixed(vm, "removesuffix", 1, 1)?;
    let p = str_arg(vm, &a[0], "removesuffix() argument ")?;
    Ok(vm.new_str(s.strip_suffix(p.as_str()).unwrap_or(&s)))
}

fn dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__format__")?.clone();
    let r = rest(&args);
    let a = r.fixed(vm, "__format__", 1, 1)?;
    let spec = str_arg(vm, &a[0], "")?;
    let plain = vm.new_str(text(vm, &args, "__format__")?);
    let _ = this;
    Ok(vm.new_str(vm.format(&plain, &spec)?))
}

fn dunder_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        text(vm, &args, "__len__")?.chars().count() as i64
    ))
}

fn dunder_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = vm.new_str(text(vm, &args, "__contains__")?);
    let r = rest(&args);
    let a = r.fixed(vm, "__contains__", 1, 1)?;
    Ok(Value::Bool(vm.contains(&s, &a[0])?))
}

fn dunder_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = vm.new_str(text(vm, &args, "__getitem__")?);
    let r = rest(&args);
    let a = r.fixed(vm, "__getitem__", 1, 1)?;
    vm.getitem(&s, &a[0])
}

fn binop(vm: &Vm, args: Args, name: &str, op: crate::ops::number::NumOp) -> PyResult<Value> {
    let s = vm.new_str(text(vm, &args, name)?);
    let r = rest(&args);
    let a = r.fixed(vm, name, 1, 1)?;
    Ok(vm
        .native_binary(&s, &a[0], op)?
        .unwrap_or_else(|| Value::Obj(vm.interp.not_implemented.clone())))
}

fn dunder_add(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__add__", crate::ops::number::NumOp::Add)
}

fn dunder_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__mul__", crate::ops::number::NumOp::Mul)
}

fn dunder_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__mod__", crate::ops::number::NumOp::Rem)
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "format")?;
    let r = rest(&args);
    let out = format_string(vm, &s, r.pos(), &|name| Ok(r.kwarg(name).cloned()))?;
    Ok(vm.new_str(out))
}

fn format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "format_map")?;
    let r = rest(&args);
    let a = r.fixed(vm, "format_map", 1, 1)?;
    let m = a[0].clone();
    let out = format_string(vm, &s, &[], &|name| {
        vm.getitem(&m, &vm.new_str(name)).map(Some)
    })?;
    Ok(vm.new_str(out))
}

/// `str.format`: literal text with `{field!conv:spec}` replacement fields.
pub fn format_string(
    vm: &Vm,
    fmt: &str,
    pos: &[Value],
    named: &dyn Fn(&str) -> PyResult<Option<Value>>,
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    format_inner(vm, fmt, pos, named, &mut auto, &mut manual, 2)
}

fn format_inner(
    vm: &Vm,
    fmt: &str,
    pos: &[Value],
    named: &dyn Fn(&str) -> PyResult<Option<Value>>,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching '}' (nested braces allowed in the spec).
        let mut level = 1;
        let mut j = i + 1;
        while j < chars.len() {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error(if level > 1 {
                "expected '}' before end of string"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // Split field_name[!conv][:spec]; brackets in the name may contain ':' or '!'.
        let mut k = 0;
        let fc: Vec<char> = field.chars().collect();
        let mut in_bracket = false;
        while k < fc.len() {
            match fc[k] {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => break,
                _ => {}
            }
            k += 1;
        }
        let name: String = fc[..k].iter().collect();
        let mut conv = None;
        let mut spec = String::new();
        if k < fc.len() && fc[k] == '!' {
            conv = fc.get(k + 1).copied();
            k += 2;
            if k < fc.len() && fc[k] != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
        if k < fc.len() && fc[k] == ':' {
            spec = fc[k + 1..].iter().collect();
        }
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let spec = if spec.contains('{') {
            format_inner(vm, &spec, pos, named, auto, manual, depth - 1)?
        } else {
            spec
        };
        let v = resolve_field(vm, &name, pos, named, auto, manual)?;
        let v = match conv {
            None => v,
            Some('r') => vm.new_str(vm.repr(&v)?),
            Some('s') => vm.new_str(vm.str_of(&v)?),
            Some('a') => vm.new_str(vm.ascii(&v)?),
            Some(c) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
        };
        out.push_str(&vm.format(&v, &spec)?);
    }
    Ok(out)
}

fn resolve_field(
    vm: &Vm,
    name: &str,
    pos: &[Value],
    named: &dyn Fn(&str) -> PyResult<Option<Value>>,
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut v = if head.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = *auto;
        *auto += 1;
        pos.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(idx) = head.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        pos.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        })?
    } else {
        named(head)?.ok_or_else(|| vm.key_error(vm.new_str(head)))?
    };
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            let start = i + 1;
            i = start;
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                i += 1;
            }
            let attr: String = rest[start..i].iter().collect();
            v = vm.getattr_str(&v, &attr)?;
        } else if rest[i] == '[' {
            let start = i + 1;
            while i < rest.len() && rest[i] != ']' {
                i += 1;
            }
            let key: String = rest[start..i].iter().collect();
            i += 1;
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key),
            };
            v = vm.getitem(&v, &k)?;
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let _ = num_of(&v).map(|n| matches!(n, Num::Int(_)));
    let _ = Payload::Object;
    Ok(v)
}
