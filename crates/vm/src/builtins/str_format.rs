//! `str.format` and `str.format_map`: CPython's `unicode_format.h` grammar — literal text
//! with `{{`/`}}` escapes, replacement fields `{name.attr[key]!conv:spec}`, automatic or
//! manual numbering (never both), and format specs that may contain nested fields (two
//! levels), with CPython's error messages.

use crate::builtins::argparse::one_arg;
use crate::builtins::strings::this;
use crate::builtins::{method, rest};
use crate::types::function::Args;
use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn register(vm: &Vm) {
    let t = &vm.types().str;
    method(vm, t, "format", format);
    method(vm, t, "format_map", format_map);
}

fn format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    let r = rest(&args);
    let kwargs = r.has_kwargs().then_some(&r);
    let src = Source {
        pos: Some(r.pos()),
        named: Named::Kwargs(kwargs),
    };
    Ok(vm.new_str(format_string(vm, s.as_str(), &src)?))
}

fn format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format_map")?;
    let mapping = one_arg(vm, &rest(&args), "str.format_map")?;
    let src = Source {
        pos: None,
        named: Named::Mapping(mapping),
    };
    Ok(vm.new_str(format_string(vm, s.as_str(), &src)?))
}

/// Where named fields come from.
enum Named<'a> {
    /// `str.format(**kwargs)`: `None` when no keyword was passed.
    Kwargs(Option<&'a Args<'a>>),
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

/// The arguments fields refer to.
struct Source<'a> {
    /// Positional arguments; `None` for `format_map`.
    pos: Option<&'a [Value]>,
    named: Named<'a>,
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering.
#[derive(PartialEq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct State {
    numbering: Numbering,
    next: usize,
}

/// Formats `fmt` with the arguments of `src`.
fn format_string(vm: &Vm, fmt: &str, src: &Source) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut st = State {
        numbering: Numbering::Init,
        next: 0,
    };
    build(vm, &chars, src, 2, &mut st)
}

/// One `{...}` field: its name, conversion and spec (as char ranges of the input).
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    spec_has_fields: bool,
}

/// `build_string`: the literal text and rendered fields of `chars`.
fn build(vm: &Vm, chars: &[char], src: &Source, depth: u32, st: &mut State) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '{' && c != '}' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let next = chars.get(i).copied();
        if next == Some(c) {
            out.push(c);
            i += 1;
            continue;
        }
        if c == '}' {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let (field, end) = parse_field(vm, chars, i)?;
        i = end;
        let mut obj = field_object(vm, field.name, src, st)?;
        if let Some(conv) = field.conversion {
            obj = match conv {
                'r' => vm.new_str(vm.repr(&obj)?),
                's' => vm.new_str(vm.str_of(&obj)?),
                'a' => vm.new_str(vm.ascii(&obj)?),
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(vm.value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(
                        vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                    )
                }
            };
        }
        let spec: String = if field.spec_has_fields {
            build(vm, field.spec, src, depth - 1, st)?
        } else {
            field.spec.iter().collect()
        };
        out.push_str(&vm.format(&obj, &spec)?);
    }
    Ok(out)
}

/// `parse_field`: the field starting at `chars[i]` (after its `{`) and the index after its
/// closing `}`.
fn parse_field<'c>(vm: &Vm, chars: &'c [char], mut i: usize) -> PyResult<(Field<'c>, usize)> {
    let start = i;
    let mut term = None;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(term) = term else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let mut field = Field {
        name: &chars[start..i - 1],
        conversion: None,
        spec: &[],
        spec_has_fields: false,
    };
    if term == '}' {
        return Ok((field, i));
    }
    if term == '!' {
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        i += 1;
        if let Some(&c) = chars.get(i) {
            i += 1;
            if c == '}' {
                return Ok((field, i));
            }
            if c != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = &chars[spec_start..i - 1];
                    return Ok((field, i));
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// `get_integer`: the value of an all-decimal-digits name, `None` otherwise.
fn integer(vm: &Vm, name: &[char]) -> PyResult<Option<usize>> {
    if name.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in name {
        let Some(d) = unicode::decimal_value(c) else {
            return Ok(None);
        };
        acc = match acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
        {
            Some(a) => a,
            None => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

/// `get_field_object`: the argument a field name selects, then its `.attr` and `[key]`
/// parts.
fn field_object(vm: &Vm, name: &[char], src: &Source, st: &mut State) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = integer(vm, first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        if st.numbering == Numbering::Init {
            st.numbering = if empty {
                Numbering::Auto
            } else {
                Numbering::Manual
            };
        }
        if st.numbering == Numbering::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if st.numbering == Numbering::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            index = Some(st.next);
            st.next += 1;
        }
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            match &src.named {
                Named::Kwargs(None) => return Err(vm.key_error(vm.new_str(key))),
                Named::Kwargs(Some(kw)) => match kw.kwarg(&key) {
                    Some(v) => v.clone(),
                    None => return Err(vm.key_error(vm.new_str(key))),
                },
                Named::Mapping(m) => vm.getitem(m, &vm.new_str(key))?,
            }
        }
        Some(i) => {
            let Some(pos) = src.pos else {
                return Err(vm.value_error("Format string contains positional fields"));
            };
            pos.get(i).cloned().ok_or_else(|| {
                vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    let rest = &name[first_end..];
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        let start = i;
        let is_attr = match c {
            '.' => {
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                true
            }
            '[' => {
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                false
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        };
        let part = &rest[start..i];
        if !is_attr {
            i += 1;
        }
        if part.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        obj = if is_attr {
            vm.getattr_str(&obj, &text)?
        } else {
            match integer(vm, part)? {
                Some(n) => vm.getitem(&obj, &Value::Int(n as i64))?,
                None => vm.getitem(&obj, &vm.new_str(text))?,
            }
        };
    }
    Ok(obj)
}
