//! Text encodings for `str.encode` and `bytes.decode`: UTF-8, UTF-16 and UTF-32 (with and
//! without byte order), Latin-1 and ASCII, the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and `xmlcharrefreplace`, and `UnicodeEncodeError` /
//! `UnicodeDecodeError` carrying CPython's attributes (`encoding`, `object`, `start`,
//! `end`, `reason`) and message.

use std::fmt::Write;

use crate::object::PyObject;
use crate::value::{PyRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The codecs pyvm implements.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    /// UTF-16 with a byte order mark (little-endian when encoding).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Latin1,
    Ascii,
}

impl Codec {
    /// The codec's name in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }
}

/// Finds a codec by name as `codecs.lookup` does: case-insensitive, with `-`, ` ` and `_`
/// interchangeable, and the usual aliases.
fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "iso_8859_1_1987"
        | "iso_ir_100" | "8859" | "cp819" | "ibm819" | "csisolatin1" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "iso646_us" | "iso_646.irv_1991" | "cp367" | "ibm367" | "csascii" => {
            Codec::Ascii
        }
        _ => {
            return Err(vm.new_error(
                &vm.types().exc.lookup_error,
                format!("unknown encoding: {encoding}"),
            ))
        }
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        &vm.types().exc.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its five attributes.
fn codec_error(
    vm: &Vm,
    class: &PyRef,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        vm.new_str(codec),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    let e = vm.new_exception(class, args.clone());
    if let Some(d) = &e.dict {
        for (name, v) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            vm.dict_set_str(d, name, v);
        }
    }
    PyErr(e)
}

/// `str()` of a `UnicodeEncodeError` or `UnicodeDecodeError` from its attributes, as
/// CPython's `UnicodeEncodeError_str` and `UnicodeDecodeError_str` write it; `None` when the
/// attributes are not all there (then the plain exception text is used).
pub fn unicode_error_str(vm: &Vm, e: &PyObject) -> PyResult<Option<String>> {
    let Some(d) = &e.dict else {
        return Ok(None);
    };
    let get = |name: &str| vm.dict_get_str(d, name);
    let (Some(enc), Some(obj), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (
        get("encoding")?,
        get("object")?,
        get("start")?,
        get("end")?,
        get("reason")?,
    ) else {
        return Ok(None);
    };
    let enc = vm.str_of(&enc)?;
    let reason = vm.str_of(&reason)?;
    let decoding =
        crate::types::typeobj::is_subtype(e.class(), &vm.types().exc.unicode_decode_error);
    if decoding {
        let bytes = vm.bytes_like(&obj).unwrap_or_default();
        if start >= 0 && (start as usize) < bytes.len() && end == start + 1 {
            return Ok(Some(format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                bytes[start as usize]
            )));
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )));
    }
    let text = obj
        .as_obj()
        .and_then(|o| o.as_str())
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let ch = usize::try_from(start)
        .ok()
        .and_then(|s| text.chars().nth(s));
    if let (Some(c), true) = (ch, end == start + 1) {
        let cp = c as u32;
        let shown = if cp <= 0xff {
            format!("\\x{cp:02x}")
        } else if cp <= 0xffff {
            format!("\\u{cp:04x}")
        } else {
            format!("\\U{cp:08x}")
        };
        return Ok(Some(format!(
            "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
        )));
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    )))
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let mut out = Vec::with_capacity(s.len());
    match codec {
        Codec::Utf8 => out.extend_from_slice(s.as_bytes()),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if be {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let cp = c as u32;
                out.extend_from_slice(&if be {
                    cp.to_be_bytes()
                } else {
                    cp.to_le_bytes()
                });
            }
        }
        Codec::Latin1 | Codec::Ascii => {
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            let chars: Vec<char> = s.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let cp = chars[i] as u32;
                if cp < limit {
                    out.push(cp as u8);
                    i += 1;
                    continue;
                }
                // The run of unencodable characters is reported (or replaced) as one.
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                for &c in &chars[i..end] {
                    match errors {
                        "strict" => {
                            return Err(codec_error(
                                vm,
                                &vm.types().exc.unicode_encode_error,
                                codec.name(),
                                vm.new_str(s),
                                i,
                                end,
                                &format!("ordinal not in range({limit})"),
                            ))
                        }
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => {
                            let cp = c as u32;
                            let esc = if cp <= 0xff {
                                format!("\\x{cp:02x}")
                            } else if cp <= 0xffff {
                                format!("\\u{cp:04x}")
                            } else {
                                format!("\\U{cp:08x}")
                            };
                            out.extend_from_slice(esc.as_bytes());
                        }
                        "xmlcharrefreplace" => {
                            out.extend_from_slice(format!("&#{};", c as u32).as_bytes())
                        }
                        _ => return Err(unknown_handler(vm, errors)),
                    }
                }
                i = end;
            }
        }
    }
    Ok(out)
}

/// A decoder's output with the error handler applied to bad input.
struct Decoder<'a> {
    vm: &'a Vm,
    codec: &'static str,
    data: &'a [u8],
    errors: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Handles the undecodable bytes `data[start..end]`.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match self.errors {
            "strict" => Err(codec_error(
                self.vm,
                &self.vm.types().exc.unicode_decode_error,
                self.codec,
                self.vm.new_bytes(self.data.to_vec()),
                start,
                end,
                reason,
            )),
            "ignore" => Ok(()),
            "replace" => {
                self.out.push('\u{fffd}');
                Ok(())
            }
            "backslashreplace" => {
                for b in &self.data[start..end] {
                    let _ = write!(self.out, "\\x{b:02x}");
                }
                Ok(())
            }
            _ => Err(unknown_handler(self.vm, self.errors)),
        }
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let mut d = Decoder {
        vm,
        codec: codec.name(),
        data,
        errors,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 => decode_utf8(&mut d)?,
        Codec::Latin1 => d.out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    d.out.push(b as char);
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (start, be) = match (codec, data) {
                (Codec::Utf16, [0xff, 0xfe, ..]) => (2, false),
                (Codec::Utf16, [0xfe, 0xff, ..]) => (2, true),
                (Codec::Utf16, _) => (0, false),
                _ => (0, codec == Codec::Utf16Be),
            };
            if codec == Codec::Utf16 {
                d.codec = if be { "utf-16-be" } else { "utf-16-le" };
            }
            decode_utf16(&mut d, start, be)?;
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (start, be) = match (codec, data) {
                (Codec::Utf32, [0xff, 0xfe, 0, 0, ..]) => (4, false),
                (Codec::Utf32, [0, 0, 0xfe, 0xff, ..]) => (4, true),
                (Codec::Utf32, _) => (0, false),
                _ => (0, codec == Codec::Utf32Be),
            };
            if codec == Codec::Utf32 {
                d.codec = if be { "utf-32-be" } else { "utf-32-le" };
            }
            decode_utf32(&mut d, start, be)?;
        }
    }
    Ok(d.out)
}

fn decode_utf8(d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // The prefix is valid UTF-8 by the error's own account.
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or_default());
                let start = pos + good;
                match e.error_len() {
                    // Rust and CPython both cut the bad input at the maximal invalid prefix.
                    Some(n) => {
                        let reason = if matches!(data[start], 0x80..=0xc1 | 0xf5..=0xff) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        d.error(start, start + n, reason)?;
                        pos = start + n;
                    }
                    None => {
                        d.error(start, data.len(), "unexpected end of data")?;
                        pos = data.len();
                    }
                }
            }
        }
    }
    Ok(())
}

fn decode_utf16(d: &mut Decoder, mut pos: usize, be: bool) -> PyResult<()> {
    let data = d.data;
    let unit = |i: usize| -> u16 {
        let b = [data[i], data[i + 1]];
        if be {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    while pos < data.len() {
        if pos + 1 >= data.len() {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..=0xdfff).contains(&u) {
            d.out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            d.error(pos, pos + 2, "illegal encoding")?;
            pos += 2;
            continue;
        }
        if pos + 3 >= data.len() {
            d.error(pos, data.len(), "unexpected end of data")?;
            break;
        }
        let low = unit(pos + 2);
        if !(0xdc00..=0xdfff).contains(&low) {
            d.error(pos, pos + 2, "illegal UTF-16 surrogate")?;
            pos += 2;
            continue;
        }
        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((low as u32) - 0xdc00);
        d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        pos += 4;
    }
    Ok(())
}

fn decode_utf32(d: &mut Decoder, mut pos: usize, be: bool) -> PyResult<()> {
    let data = d.data;
    while pos < data.len() {
        if pos + 4 > data.len() {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let cp = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(cp) {
            Some(c) => d.out.push(c),
            None if cp >= 0x110000 => d.error(pos, pos + 4, "code point not in range(0x110000)")?,
            None => d.error(
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
        }
        pos += 4;
    }
    Ok(())
}

/// How text streams can split `encoding`'s bytes: `Some(true)` for a one-byte-per-character
/// codec (latin-1, ascii), `Some(false)` for UTF-8 (ASCII-compatible, variable width),
/// `None` for the UTF-16/32 family; `LookupError` for an unknown name.
pub fn ascii_layout(vm: &Vm, encoding: &str) -> PyResult<Option<bool>> {
    Ok(match lookup(vm, encoding)? {
        Codec::Latin1 | Codec::Ascii => Some(true),
        Codec::Utf8 => Some(false),
        _ => None,
    })
}
