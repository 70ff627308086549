//! Reading from a `TextIOWrapper`: `read`, `readline` and iteration. Lines and character
//! counts are found in the undecoded bytes (newlines are single bytes in every codec the
//! wrapper splits), then only the bytes taken are decoded, with the `newline` mode's
//! translation.

use crate::builtins::{rest, self_arg};
use crate::types::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

use super::newlines::{scan, translate};
use super::textio::{open_buffer, TextIo};
use super::{call_method, size_arg, state, unsupported};

const NAME: &str = "TextIOWrapper";

/// The buffer of a readable, open wrapper. A UTF-16/32 stream is decoded whole here, the
/// first time, and kept as UTF-8.
fn prepare(vm: &Vm, this: &Value) -> PyResult<Value> {
    let buffer = open_buffer(vm, this)?;
    let (readable, convert) = {
        let s = state::<TextIo>(vm, this, NAME)?;
        (s.readable, s.layout.is_none())
    };
    if !readable {
        return Err(unsupported(vm, "not readable"));
    }
    if convert {
        let rest = read_rest(vm, &buffer)?;
        let (enc, errors) = {
            let s = state::<TextIo>(vm, this, NAME)?;
            (s.encoding.clone(), s.errors.clone())
        };
        let mut data = {
            let mut s = state::<TextIo>(vm, this, NAME)?;
            let d = s.rbytes[s.rpos..].to_vec();
            s.rbytes.clear();
            s.rpos = 0;
            d
        };
        data.extend_from_slice(&rest);
        let text = crate::builtins::codecs::decode(vm, &data, &enc, &errors)?;
        let mut s = state::<TextIo>(vm, this, NAME)?;
        let s = &mut *s;
        if s.universal {
            scan(text.as_bytes(), &mut s.seen, &mut s.pending_cr, true);
        }
        s.rbytes = text.into_bytes();
        s.layout = Some(false);
        s.eof = true;
        s.encoding = enc;
        // What is kept is UTF-8 now; the name stays the stream's for `encoding`.
        s.errors = errors;
        s.seekable = false;
        s.telling = false;
        s.bom_due = false;
        s.converted = true;
    }
    Ok(buffer)
}

fn is_converted(vm: &Vm, this: &Value) -> bool {
    state::<TextIo>(vm, this, NAME).is_ok_and(|s| s.converted)
}

/// `buffer.read()`: everything left.
fn read_rest(vm: &Vm, buffer: &Value) -> PyResult<Vec<u8>> {
    let r = call_method(vm, buffer, "read", &[])?;
    if r.is_none() {
        return Ok(Vec::new());
    }
    match vm.bytes_like(&r) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "underlying read() should have returned a bytes object, not '{}'",
            vm.type_name(&r)
        ))),
    }
}

/// Appends a chunk from the buffer to the read-ahead; false at end of file.
fn fill(vm: &Vm, this: &Value, buffer: &Value) -> PyResult<bool> {
    let (chunk, read1, track) = {
        let s = state::<TextIo>(vm, this, NAME)?;
        (s.chunk_size, s.has_read1, s.universal && s.seekable)
    };
    let at = if track {
        super::textio::position(vm, this, buffer)?
    } else {
        -1
    };
    let r = call_method(
        vm,
        buffer,
        if read1 { "read1" } else { "read" },
        &[Value::Int(chunk as i64)],
    )?;
    let data = if r.is_none() {
        Vec::new()
    } else {
        match vm.bytes_like(&r) {
            Some(b) => b,
            None => {
                return Err(vm.type_error(format!(
                    "underlying {}() should have returned a bytes-like object, not '{}'",
                    if read1 { "read1" } else { "read" },
                    vm.type_name(&r)
                )))
            }
        }
    };
    let mut s = state::<TextIo>(vm, this, NAME)?;
    let s = &mut *s;
    if data.is_empty() {
        s.eof = true;
        scan(&[], &mut s.seen, &mut s.pending_cr, true);
        return Ok(false);
    }
    let used = s.rpos;
    s.rbytes.drain(..used);
    s.rpos = 0;
    s.chunk_start = s.rbytes.len();
    s.chunk_pos = at;
    s.rbytes.extend_from_slice(&data);
    if s.universal {
        scan(&data, &mut s.seen, &mut s.pending_cr, false);
    }
    Ok(true)
}

/// Walks up to `max` characters of `b`: `(bytes, characters, blocked)`, `blocked` when the
/// walk stopped early because the bytes end inside a character (or on a `\r` that may
/// start `\r\n`, in the universal modes) and more input may follow (`!last`).
fn char_span(
    b: &[u8],
    max: usize,
    single: bool,
    universal: bool,
    last: bool,
) -> (usize, usize, bool) {
    let (mut i, mut n) = (0, 0);
    while n < max && i < b.len() {
        let c = b[i];
        let w = if single {
            1
        } else {
            match c {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            }
        };
        if c == b'\r' && universal {
            if i + 1 >= b.len() && !last {
                return (i, n, true);
            }
            let w = if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            i += w;
            n += 1;
            continue;
        }
        if i + w > b.len() {
            if !last {
                return (i, n, true);
            }
            i = b.len();
            n += 1;
            continue;
        }
        i += w;
        n += 1;
    }
    (i, n, false)
}

/// Decodes `data` (taken from the read-ahead) with the newline mode's translation.
fn decode(vm: &Vm, this: &Value, data: &[u8]) -> PyResult<String> {
    let (enc, errors) = {
        let s = state::<TextIo>(vm, this, NAME)?;
        (s.encoding.clone(), s.errors.clone())
    };
    let text = if is_converted(vm, this) {
        String::from_utf8_lossy(data).into_owned()
    } else {
        crate::builtins::codecs::decode(vm, data, &enc, &errors)?
    };
    let s = state::<TextIo>(vm, this, NAME)?;
    if !s.translate || !data.contains(&b'\r') {
        return Ok(text);
    }
    Ok(translate(&text, true, &mut 0))
}

/// Takes `n` bytes from the read-ahead.
fn take(vm: &Vm, this: &Value, n: usize) -> PyResult<Vec<u8>> {
    let mut s = state::<TextIo>(vm, this, NAME)?;
    let start = s.rpos;
    let end = (start + n).min(s.rbytes.len());
    s.rpos = end;
    // The consumed bytes stay until the next chunk arrives: `tell()` may re-scan them.
    Ok(s.rbytes[start..end].to_vec())
}

pub fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "read")?;
    let a = rest(&args).fixed(vm, "read", 0, 1)?;
    let n = size_arg(vm, a.first())?;
    let buffer = prepare(vm, this)?;
    if n < 0 {
        let mut data = {
            let mut s = state::<TextIo>(vm, this, NAME)?;
            let d = s.rbytes[s.rpos..].to_vec();
            s.rbytes.clear();
            s.rpos = 0;
            d
        };
        if !is_converted(vm, this) {
            let rest = read_rest(vm, &buffer)?;
            let mut s = state::<TextIo>(vm, this, NAME)?;
            let s = &mut *s;
            if s.universal {
                scan(&rest, &mut s.seen, &mut s.pending_cr, true);
            }
            data.extend_from_slice(&rest);
        }
        {
            let mut s = state::<TextIo>(vm, this, NAME)?;
            s.eof = false;
            s.chunk_start = 0;
            s.chunk_pos = -1;
        }
        return Ok(vm.new_str(decode(vm, this, &data)?));
    }
    let n = n as usize;
    loop {
        let (len, done) = {
            let s = state::<TextIo>(vm, this, NAME)?;
            let avail = &s.rbytes[s.rpos..];
            let single = s.layout == Some(true);
            let (len, count, _) = char_span(avail, n, single, s.universal, s.eof);
            (len, count >= n || s.eof)
        };
        if done {
            let data = take(vm, this, len)?;
            state::<TextIo>(vm, this, NAME)?.eof = false;
            return Ok(vm.new_str(decode(vm, this, &data)?));
        }
        fill(vm, this, &buffer)?;
    }
}

/// Where the first line of `b` ends under the wrapper's newline mode, if it can tell yet.
fn line_end(s: &TextIo, b: &[u8]) -> Option<usize> {
    if s.universal {
        let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
        if b[i] == b'\n' {
            return Some(i + 1);
        }
        return match b.get(i + 1) {
            Some(b'\n') => Some(i + 2),
            Some(_) => Some(i + 1),
            None if s.eof => Some(i + 1),
            None => None,
        };
    }
    let nl = s.readnl.as_bytes();
    b.windows(nl.len())
        .position(|w| w == nl)
        .map(|i| i + nl.len())
}

/// One line, at most `limit` characters if `limit` is not negative.
pub fn read_line(vm: &Vm, this: &Value, limit: i64) -> PyResult<String> {
    let buffer = prepare(vm, this)?;
    loop {
        let end = {
            let s = state::<TextIo>(vm, this, NAME)?;
            let avail = &s.rbytes[s.rpos..];
            let mut end = line_end(&s, avail);
            if end.is_none() && s.eof {
                end = Some(avail.len());
            }
            if limit >= 0 {
                let single = s.layout == Some(true);
                let upto = end.unwrap_or(avail.len());
                let (len, count, _) =
                    char_span(&avail[..upto], limit as usize, single, s.universal, true);
                if count >= limit as usize && len < upto {
                    end = Some(len);
                } else if count >= limit as usize {
                    end = Some(upto);
                }
            }
            end
        };
        if let Some(end) = end {
            let data = take(vm, this, end)?;
            state::<TextIo>(vm, this, NAME)?.eof = false;
            return decode(vm, this, &data);
        }
        fill(vm, this, &buffer)?;
    }
}

pub fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "readline")?;
    let a = rest(&args).fixed(vm, "readline", 0, 1)?;
    let limit = size_arg(vm, a.first())?;
    Ok(vm.new_str(read_line(vm, this, limit)?))
}

pub fn next(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "__next__")?;
    state::<TextIo>(vm, this, NAME)?.telling = false;
    let line = read_line(vm, this, -1)?;
    if line.is_empty() {
        let mut s = state::<TextIo>(vm, this, NAME)?;
        s.telling = s.seekable;
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(line))
}
