//! Universal-newline translation, shared by `StringIO`, `TextIOWrapper` and
//! `_io.IncrementalNewlineDecoder` (which wraps another decoder: its output's `\r\n` and
//! `\r` become `\n` when translating, and the kinds of newline seen are recorded).

use crate::builtins::argparse::Sig;
use crate::builtins::{method, rest, self_arg, static_method};
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

use super::{call_method, getter, new_instance, state, str_of};

pub const SEEN_LF: u8 = 1;
pub const SEEN_CR: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

/// Records the newlines of `text` in `seen` and, if `translate`, turns `\r\n` and `\r`
/// into `\n`.
pub fn translate(text: &str, translate: bool, seen: &mut u8) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => *seen |= SEEN_LF,
            b'\r' => {
                let crlf = b.get(i + 1) == Some(&b'\n');
                *seen |= if crlf { SEEN_CRLF } else { SEEN_CR };
                if translate {
                    out.push_str(&text[last..i]);
                    out.push('\n');
                    last = if crlf { i + 2 } else { i + 1 };
                }
                if crlf {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if last == 0 && translate {
        return text.to_string();
    }
    out.push_str(&text[last..]);
    if !translate {
        return text.to_string();
    }
    out
}

/// Records in `seen` the newlines of `b`, a chunk of a stream: a `\r` ending it stays
/// `pending` (it may start a `\r\n`) unless `last`.
pub fn scan(b: &[u8], seen: &mut u8, pending: &mut bool, last: bool) {
    let mut i = 0;
    if *pending && !b.is_empty() {
        *pending = false;
        if b[0] == b'\n' {
            *seen |= SEEN_CRLF;
            i = 1;
        } else {
            *seen |= SEEN_CR;
        }
    }
    while i < b.len() {
        match b[i] {
            b'\n' => *seen |= SEEN_LF,
            b'\r' => match b.get(i + 1) {
                Some(b'\n') => {
                    *seen |= SEEN_CRLF;
                    i += 1;
                }
                Some(_) => *seen |= SEEN_CR,
                None => *pending = true,
            },
            _ => {}
        }
        i += 1;
    }
    if last && *pending {
        *pending = false;
        *seen |= SEEN_CR;
    }
}

/// `newlines`: None, one kind as a str, or a tuple of the kinds seen.
pub fn newlines_value(vm: &Vm, seen: u8) -> Value {
    let kinds: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| *s)
        .collect();
    match kinds.len() {
        0 => Value::None,
        1 => vm.new_str(kinds[0]),
        _ => vm.new_tuple(kinds.into_iter().map(|s| vm.new_str(s)).collect()),
    }
}

/// Where the first line of `text` ends (just past its terminator), under the newline mode:
/// `translated` text ends lines at `\n`; `universal` at `\r\n`, `\r` or `\n`; otherwise at
/// `readnl`. `None` when no terminator is in `text`. A `\r` that ends `text` counts (the
/// caller reads on first when more may follow).
pub fn find_line_end(text: &str, translated: bool, universal: bool, readnl: &str) -> Option<usize> {
    let b = text.as_bytes();
    if translated {
        return b.iter().position(|&c| c == b'\n').map(|i| i + 1);
    }
    if universal {
        let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            return Some(i + 2);
        }
        return Some(i + 1);
    }
    text.find(readnl).map(|i| i + readnl.len())
}

/// The state of an `IncrementalNewlineDecoder`.
pub struct NewlineDecoder {
    decoder: Value,
    translate: bool,
    pending_cr: bool,
    seen: u8,
}

pub fn init(vm: &Vm, t: &PyRef) {
    static_method(vm, t, "__new__", |vm, a| {
        new_instance(
            vm,
            &a,
            NewlineDecoder {
                decoder: Value::None,
                translate: false,
                pending_cr: false,
                seen: 0,
            },
        )
    });
    method(vm, t, "__init__", init_decoder);
    method(vm, t, "decode", decode);
    method(vm, t, "getstate", getstate);
    method(vm, t, "setstate", setstate);
    method(vm, t, "reset", reset);
    getter(vm, t, "newlines", |vm, a| {
        let this = self_arg(vm, &a, "newlines")?;
        let seen = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?.seen;
        Ok(newlines_value(vm, seen))
    });
}

fn init_decoder(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "IncrementalNewlineDecoder")?;
    const SIG: Sig = Sig::new(
        "IncrementalNewlineDecoder",
        &["decoder", "translate", "errors"],
        2,
    );
    let a = SIG.bind(vm, &rest(&args))?;
    let translate = vm.truthy(a[1].unwrap_or(&Value::None))?;
    let mut s = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?;
    s.decoder = a[0].cloned().unwrap_or(Value::None);
    s.translate = translate;
    s.pending_cr = false;
    s.seen = 0;
    Ok(Value::None)
}

fn decode(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "decode")?;
    const SIG: Sig = Sig::new("decode", &["input", "final"], 1);
    let a = SIG.bind(vm, &rest(&args))?;
    let input = a[0].cloned().unwrap_or(Value::None);
    let fin = vm.truthy(a[1].unwrap_or(&Value::Bool(false)))?;
    let decoder = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?
        .decoder
        .clone();
    let out = if decoder.is_none() {
        input
    } else {
        let decode = vm.getattr_str(&decoder, "decode")?;
        vm.call(
            &decode,
            Args {
                values: &[input, Value::Bool(fin)],
                kwnames: &[vm.new_str("final")],
            },
        )?
    };
    let Some(text) = str_of(&out) else {
        return Err(vm.type_error(format!(
            "decoder should return a string result, not '{}'",
            vm.type_name(&out)
        )));
    };
    let mut s = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?;
    let mut text = text.to_string();
    if s.pending_cr && (fin || !text.is_empty()) {
        text.insert(0, '\r');
        s.pending_cr = false;
    }
    // A trailing `\r` may be the first half of `\r\n`: keep it for the next call.
    if text.ends_with('\r') && !fin {
        text.pop();
        s.pending_cr = true;
    }
    let translate = s.translate;
    let out = translate_text(&text, translate, &mut s.seen);
    Ok(vm.new_str(out))
}

fn translate_text(text: &str, tr: bool, seen: &mut u8) -> String {
    translate(text, tr, seen)
}

fn getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "getstate")?;
    let (decoder, pending) = {
        let s = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?;
        (s.decoder.clone(), s.pending_cr)
    };
    let (buf, flag) = if decoder.is_none() {
        (vm.new_bytes(Vec::new()), 0)
    } else {
        let st = call_method(vm, &decoder, "getstate", &[])?;
        let items = vm.collect(&st)?;
        if items.len() != 2 {
            return Err(vm.type_error("illegal decoder state"));
        }
        (items[0].clone(), vm.index_arg(&items[1])?)
    };
    Ok(vm.new_tuple(vec![buf, Value::Int((flag << 1) | pending as i64)]))
}

fn setstate(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "setstate")?;
    let a = rest(&args).fixed(vm, "setstate", 1, 1)?;
    let items = vm.collect(&a[0])?;
    if items.len() != 2 {
        return Err(vm.type_error("state argument must be a tuple"));
    }
    let flag = vm.index_arg(&items[1])?;
    let decoder = {
        let mut s = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?;
        s.pending_cr = flag & 1 == 1;
        s.decoder.clone()
    };
    if !decoder.is_none() {
        let st = vm.new_tuple(vec![items[0].clone(), Value::Int(flag >> 1)]);
        call_method(vm, &decoder, "setstate", &[st])?;
    }
    Ok(Value::None)
}

fn reset(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "reset")?;
    let decoder = {
        let mut s = state::<NewlineDecoder>(vm, this, "IncrementalNewlineDecoder")?;
        s.pending_cr = false;
        s.seen = 0;
        s.decoder.clone()
    };
    if !decoder.is_none() {
        call_method(vm, &decoder, "reset", &[])?;
    }
    Ok(Value::None)
}
