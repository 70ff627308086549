//! `str` methods: case mapping and the `isX()` predicates (Python's Unicode database, see
//! `crate::unicode`), stripping and padding, `maketrans`/`translate`, `encode`, and the
//! slot wrappers (`__len__`, `__getitem__`, `__add__`, ...). Searching and splitting live in
//! [`super::str_search`], `str.format` in [`super::str_format`].

use crate::builtins::argparse::{no_args, one_arg, Sig};
use crate::builtins::{method, rest, self_arg, static_method};
use crate::object::{Payload, PyStr};
use crate::ops::number::NumOp;
use crate::types::function::{Args, NativeFn};
use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().str;
    let table: &[(&'static str, NativeFn)] = &[
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
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
        ("encode", encode),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("__format__", dunder_format),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__rmul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__rmod__", dunder_rmod),
        ("__iter__", dunder_iter),
    ];
    for (name, f) in table {
        method(vm, t, name, *f);
    }
    static_method(vm, t, "maketrans", maketrans);
    crate::builtins::str_search::register(vm);
    crate::builtins::str_format::register(vm);
}

/// The `self` str of a str method (a str or an instance of a str subclass).
pub fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let v = self_arg(vm, args, name)?;
    v.as_obj().and_then(|o| o.as_str()).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

/// A str argument; otherwise `TypeError: {what}must be str, not T`.
pub fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_obj().and_then(|o| o.as_str()) {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.type_error(format!("{what}must be str, not {}", vm.type_name(v)))),
    }
}

/// A method without arguments mapping the text to a new str.
fn map_text(vm: &Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    no_args(vm, &rest(&args), &format!("str.{name}"))?;
    Ok(vm.new_str(f(s.as_str())))
}

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "upper", unicode::upper)
}

fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "lower", unicode::lower)
}

fn casefold(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "casefold", unicode::casefold)
}

fn title(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "title", unicode::title)
}

fn capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "capitalize", unicode::capitalize)
}

fn swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    map_text(vm, args, "swapcase", unicode::swapcase)
}

/// A predicate method: `f` of the text.
fn pred(vm: &Vm, args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    no_args(vm, &rest(&args), &format!("str.{name}"))?;
    Ok(Value::Bool(f(s.as_str())))
}

/// Non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |s| all_chars(s, unicode::is_digit))
}

fn isdecimal(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdecimal", |s| all_chars(s, unicode::is_decimal))
}

fn isnumeric(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isnumeric", |s| all_chars(s, unicode::is_numeric))
}

fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |s| all_chars(s, unicode::is_alpha))
}

fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |s| all_chars(s, unicode::is_alnum))
}

fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", |s| all_chars(s, unicode::is_space))
}

/// `isupper`/`islower`: no character of the `other` case (or title case) and at least one
/// of `case`.
fn one_case(s: &str, case: fn(char) -> bool, other: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if other(c) || unicode::is_title(c) {
            return false;
        }
        cased |= case(c);
    }
    cased
}

fn isupper(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isupper", |s| {
        one_case(s, unicode::is_upper, unicode::is_lower)
    })
}

fn islower(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "islower", |s| {
        one_case(s, unicode::is_lower, unicode::is_upper)
    })
}

fn istitle(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut cased = false;
        for c in s.chars() {
            if unicode::is_upper(c) || unicode::is_title(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if unicode::is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn isascii(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isascii", |s| s.is_ascii())
}

fn isidentifier(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isidentifier", |s| {
        let mut cs = s.chars();
        cs.next().is_some_and(unicode::is_xid_start) && cs.all(unicode::is_xid_continue)
    })
}

fn isprintable(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

/// `strip`/`lstrip`/`rstrip` with their optional characters argument.
fn do_strip(vm: &Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let r = rest(&args);
    let a = r.fixed(vm, name, 0, 1)?;
    let chars: Option<Vec<char>> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => match v.as_obj().and_then(|o| o.as_str()) {
            Some(c) => Some(c.as_str().chars().collect()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let strip_it = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => unicode::is_space(c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(strip_it);
    }
    if right {
        t = t.trim_end_matches(strip_it);
    }
    if t.len() == s.as_str().len() && is_exact_str(vm, &args.values[0]) {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_str(t))
}

/// Whether `v` is a str and not an instance of a subclass (methods return such a `self`
/// unchanged, as CPython does).
fn is_exact_str(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o.class(), &vm.types().str))
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

/// `(text, width, fill)` of `center`/`ljust`/`rjust`.
fn pad_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyStr, usize, char)> {
    let s = this(vm, args, name)?;
    let r = rest(args);
    let a = r.fixed(vm, name, 1, 2)?;
    let width = vm.index_arg(&a[0])?.max(0) as usize;
    let fill = match a.get(1) {
        Some(v) => {
            let Some(f) = v.as_obj().and_then(|o| o.as_str()) else {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )));
            };
            let mut cs = f.as_str().chars();
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

/// `text` with `left` and `right` fill characters around it; `self` itself when no padding
/// is needed and it is an exact str.
fn padded(vm: &Vm, args: &Args, s: &PyStr, left: usize, right: usize, fill: char) -> Value {
    if left == 0 && right == 0 && is_exact_str(vm, &args.values[0]) {
        return args.values[0].clone();
    }
    let mut out = String::with_capacity(s.as_str().len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    vm.new_str(out)
}

fn center(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "center")?;
    let total = width.saturating_sub(s.char_len());
    // CPython puts the odd fill character on the left when the width is odd too.
    let left = total / 2 + (total & width & 1);
    Ok(padded(vm, &args, s, left, total - left, fill))
}

fn ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "ljust")?;
    let total = width.saturating_sub(s.char_len());
    Ok(padded(vm, &args, s, 0, total, fill))
}

fn rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "rjust")?;
    let total = width.saturating_sub(s.char_len());
    Ok(padded(vm, &args, s, total, 0, fill))
}

fn zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    let width = vm
        .index_arg(one_arg(vm, &rest(&args), "str.zfill")?)?
        .max(0) as usize;
    let total = width.saturating_sub(s.char_len());
    if total == 0 {
        return Ok(padded(vm, &args, s, 0, 0, '0'));
    }
    let text = s.as_str();
    let zeros = "0".repeat(total);
    let out = match text.as_bytes().first() {
        Some(b'+' | b'-') => format!("{}{zeros}{}", &text[..1], &text[1..]),
        _ => format!("{zeros}{text}"),
    };
    Ok(vm.new_str(out))
}

fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let a = Sig::new("encode", &["encoding", "errors"], 0).bind(vm, &rest(&args))?;
    let enc = match a[0] {
        Some(v) => str_arg(vm, v, "encode() argument 'encoding' ")?,
        None => "utf-8",
    };
    let errors = match a[1] {
        Some(v) => str_arg(vm, v, "encode() argument 'errors' ")?,
        None => "strict",
    };
    Ok(vm.new_bytes(crate::builtins::codecs::encode(
        vm,
        s.as_str(),
        enc,
        errors,
    )?))
}

fn expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let a = Sig::new("expandtabs", &["tabsize"], 0).bind(vm, &rest(&args))?;
    let size = match a[0] {
        Some(v) => vm.index_arg(v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
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

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strings or None.
fn maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "maketrans", 1, 3)?;
    let out = vm.new_dict();
    if a.len() == 1 {
        let Some(Payload::Dict(d)) = a[0].as_obj().map(|o| &o.payload) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let entries: Vec<(Value, Value)> = d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            let key = match k.as_obj().and_then(|o| o.as_str()) {
                Some(s) => {
                    let mut cs = s.as_str().chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                None if matches!(k, Value::Int(_)) || crate::ops::number::big_of(&k).is_some() => k,
                None => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(&out, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let x = str_arg(vm, &a[0], "maketrans() argument 1 ")?;
    let y = str_arg(vm, &a[1], "maketrans() argument 2 ")?;
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        vm.dict_set(&out, Value::Int(cx as i64), Value::Int(cy as i64))?;
    }
    if let Some(z) = a.get(2) {
        let z = str_arg(vm, z, "maketrans() argument 3 ")?;
        for c in z.chars() {
            vm.dict_set(&out, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(out))
}

/// `str.translate(table)`: each character looked up by code point (`LookupError` keeps it).
fn translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    let table = one_arg(vm, &rest(&args), "str.translate")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, &vm.types().exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            other => match other.as_obj().and_then(|o| o.as_str()) {
                Some(m) => out.push_str(m.as_str()),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_str(out))
}

fn dunder_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__format__")?;
    let spec = one_arg(vm, &rest(&args), "str.__format__")?;
    let spec = str_arg(vm, spec, "format() argument 2 ")?;
    let plain = vm.new_str(s.as_str());
    Ok(vm.new_str(vm.format(&plain, spec)?))
}

fn dunder_len(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    no_args(vm, &rest(&args), "str.__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__contains__")?;
    let item = one_arg(vm, &rest(&args), "str.__contains__")?;
    Ok(Value::Bool(vm.contains(&plain(vm, &args), item)?))
}

/// `self` as an exact str (so the built-in operation runs, not a subclass override).
fn plain(vm: &Vm, args: &Args) -> Value {
    let v = &args.values[0];
    if is_exact_str(vm, v) {
        return v.clone();
    }
    let text = v
        .as_obj()
        .and_then(|o| o.as_str())
        .map_or("", |s| s.as_str());
    vm.new_str(text)
}

fn dunder_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__getitem__")?;
    let key = one_arg(vm, &rest(&args), "str.__getitem__")?;
    vm.getitem(&plain(vm, &args), key)
}

fn dunder_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    no_args(vm, &rest(&args), "str.__iter__")?;
    vm.iter(&plain(vm, &args))
}

/// A binary slot wrapper: the built-in operation or NotImplemented.
fn binop(vm: &Vm, args: Args, name: &str, op: NumOp, reflected: bool) -> PyResult<Value> {
    this(vm, &args, name)?;
    let other = one_arg(vm, &rest(&args), &format!("str.{name}"))?;
    let me = plain(vm, &args);
    let r = if reflected {
        vm.native_binary(other, &me, op)?
    } else {
        vm.native_binary(&me, other, op)?
    };
    Ok(r.unwrap_or_else(|| Value::Obj(vm.interp.not_implemented.clone())))
}

fn dunder_add(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__add__", NumOp::Add, false)
}

fn dunder_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__mul__", NumOp::Mul, false)
}

fn dunder_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    binop(vm, args, "__mod__", NumOp::Rem, false)
}

fn dunder_rmod(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__rmod__")?;
    one_arg(vm, &rest(&args), "str.__rmod__")?;
    // `x % "str"` only formats when x is a str, which takes the `__mod__` path instead.
    Ok(Value::Obj(vm.interp.not_implemented.clone()))
}
