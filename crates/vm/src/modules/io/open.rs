//! `open()` (the builtin and `io.open`), `io.open_code` and `io.text_encoding`: the mode
//! string decides the stack: a `FileIO`, under a `BufferedReader`/`Writer`/`Random`, under
//! a `TextIOWrapper` in text mode.

use crate::builtins::argparse::Sig;
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::{call_method, class, str_of};

/// The flags of a mode string, checked as `open()` checks them.
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwa+tb".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let m = Mode {
        creating: has('x'),
        reading: has('r'),
        writing: has('w'),
        appending: has('a'),
        updating: has('+'),
        binary: has('b'),
    };
    if has('t') && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if m.creating as u8 + m.reading as u8 + m.writing as u8 + m.appending as u8 > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

/// A str-or-None argument of `open()`.
fn opt_str(vm: &Vm, func: &str, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match str_of(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

pub fn open(vm: &Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new(
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    );
    let a = SIG.bind(vm, &args)?;
    let file = a[0].cloned().unwrap_or(Value::None);
    let mode = match a[1] {
        None => "r".to_string(),
        Some(m) => match str_of(m) {
            Some(s) => s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                )))
            }
        },
    };
    let mut buffering = match a[2] {
        None => -1,
        Some(Value::Float(_)) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(v) => vm.index_arg(v)?,
    };
    let encoding = opt_str(vm, "open", a[3], "encoding")?;
    let errors = opt_str(vm, "open", a[4], "errors")?;
    let newline = opt_str(vm, "open", a[5], "newline")?;
    let closefd = match a[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = a[7].cloned().unwrap_or(Value::None);
    let is_path = str_of(&file).is_some()
        || matches!(
            file.as_obj().map(|o| &o.payload),
            Some(crate::object::Payload::Bytes(_))
        )
        || matches!(file, Value::Int(_) | Value::Bool(_))
        || vm
            .getattr_opt(&Value::Obj(vm.type_of(&file).clone()), "__fspath__")?
            .is_some();
    if !is_path {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&file)
        )));
    }
    let m = parse_mode(vm, &mode)?;
    if m.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    let mut rawmode = String::new();
    for (on, c) in [
        (m.creating, 'x'),
        (m.reading, 'r'),
        (m.writing, 'w'),
        (m.appending, 'a'),
        (m.updating, '+'),
    ] {
        if on {
            rawmode.push(c);
        }
    }
    let fileio = Value::Obj(class(vm, "FileIO"));
    let raw = vm.call(
        &fileio,
        Args {
            values: &[file, vm.new_str(rawmode), Value::Bool(closefd), opener],
            kwnames: &[vm.new_str("opener")],
        },
    )?;
    let mut wrap = || -> PyResult<Value> {
        let mut line_buffering = false;
        if buffering == 1 || (buffering < 0 && vm.truthy(&call_method(vm, &raw, "isatty", &[])?)?) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            let b = vm.getattr_str(&raw, "_blksize")?;
            buffering = vm.index_arg(&b)?;
            if buffering <= 1 {
                buffering = super::DEFAULT_BUFFER_SIZE as i64;
            }
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        let cls = if m.updating {
            "BufferedRandom"
        } else if m.creating || m.writing || m.appending {
            "BufferedWriter"
        } else {
            "BufferedReader"
        };
        let buffer = vm.call_positional(
            &Value::Obj(class(vm, cls)),
            &[raw.clone(), Value::Int(buffering)],
        )?;
        if m.binary {
            return Ok(buffer);
        }
        let opt = |s: Option<String>| s.map_or(Value::None, |s| vm.new_str(s));
        let text = vm.call_positional(
            &Value::Obj(class(vm, "TextIOWrapper")),
            &[
                buffer,
                opt(encoding.clone()),
                opt(errors.clone()),
                opt(newline.clone()),
                Value::Bool(line_buffering),
            ],
        )?;
        vm.setattr(&text, &vm.intern("mode"), vm.new_str(mode.as_str()))?;
        Ok(text)
    };
    match wrap() {
        Ok(v) => Ok(v),
        Err(e) => {
            let _ = call_method(vm, &raw, "close", &[]);
            Err(e)
        }
    }
}

/// `io.open_code(path)`: the file opened for reading as bytes.
pub fn open_code(vm: &Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("open_code", &["path"], 1);
    let a = SIG.bind(vm, &args)?;
    let path = a[0].cloned().unwrap_or(Value::None);
    if str_of(&path).is_none() {
        return Err(vm.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            vm.type_name(&path)
        )));
    }
    open(vm, Args::positional(&[path, vm.new_str("rb")]))
}

/// `io.text_encoding(encoding, stacklevel=2)`: "locale" for None, else `encoding`.
pub fn text_encoding(vm: &Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig::new("text_encoding", &["encoding", "stacklevel"], 1);
    let a = SIG.bind(vm, &args)?;
    Ok(match a[0] {
        None | Some(Value::None) => vm.new_str("locale"),
        Some(v) => v.clone(),
    })
}
