//! Source bytes to text as CPython's tokenizer decodes them (PEP 263): a UTF-8 byte-order
//! mark, or an encoding declaration (`# -*- coding: NAME -*-`) on the first or second line;
//! UTF-8 otherwise. pyvm knows the encodings Python files use in practice: UTF-8, Latin-1
//! and ASCII under their usual names.

/// Why source bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The declaration names an encoding pyvm does not know (CPython: "unknown encoding").
    UnknownEncoding(String),
    /// The text is not valid in its encoding: the 1-based line, the line's bytes, the bad
    /// byte and its offset in the whole source.
    Invalid {
        encoding: &'static str,
        lineno: u32,
        byte: u8,
        offset: usize,
    },
}

/// The encodings pyvm decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes a Python source file's bytes.
pub fn decode_source(bytes: &[u8]) -> Result<String, DecodeError> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let encoding = match declared_encoding(bytes) {
        None => Encoding::Utf8,
        Some(name) => match normal_name(&name) {
            Some(e) => e,
            None => return Err(DecodeError::UnknownEncoding(name)),
        },
    };
    if bom && encoding != Encoding::Utf8 {
        return Err(DecodeError::UnknownEncoding("utf-8".into()));
    }
    match encoding {
        Encoding::Utf8 => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| invalid("utf-8", bytes, e.valid_up_to())),
        Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
            Some(at) => Err(invalid("ascii", bytes, at)),
            None => Ok(bytes.iter().map(|&b| b as char).collect()),
        },
    }
}

fn invalid(encoding: &'static str, bytes: &[u8], at: usize) -> DecodeError {
    DecodeError::Invalid {
        encoding,
        lineno: bytes[..at].iter().filter(|b| **b == b'\n').count() as u32 + 1,
        byte: bytes[at],
        offset: at,
    }
}

/// The encoding named by a `coding[:=]NAME` comment on line 1, or on line 2 when line 1 is
/// blank or a comment (CPython's rule).
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.splitn(3, |b| *b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie(first) {
        return Some(name);
    }
    let first_trim = first.trim_ascii_start();
    if !(first_trim.is_empty() || first_trim.starts_with(b"#")) {
        return None;
    }
    cookie(lines.next()?)
}

/// The name in a comment line matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn cookie(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment.windows(6).position(|w| w == b"coding")?;
    let rest = &comment[at + 6..];
    if !matches!(rest.first(), Some(b':' | b'=')) {
        return None;
    }
    let rest = rest[1..].trim_ascii_start();
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')))
        .unwrap_or(rest.len());
    (len > 0).then(|| String::from_utf8_lossy(&rest[..len]).into_owned())
}

/// CPython's normalisation (`get_normal_name`) and the codec aliases for the encodings pyvm
/// decodes.
fn normal_name(name: &str) -> Option<Encoding> {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let base = lower.as_str();
    let is = |n: &str| base == n || base.starts_with(&format!("{n}-"));
    if is("utf-8") || base == "utf8" {
        Some(Encoding::Utf8)
    } else if is("latin-1")
        || is("iso-8859-1")
        || is("iso-latin-1")
        || matches!(
            base,
            "latin1" | "latin" | "l1" | "iso8859-1" | "8859" | "cp819"
        )
    {
        Some(Encoding::Latin1)
    } else if matches!(base, "ascii" | "us-ascii" | "646" | "us") {
        Some(Encoding::Ascii)
    } else {
        None
    }
}

/// Compiles source bytes as CPython's `compile(bytes, filename, "exec")` does (what
/// `importlib`, `py_compile` and `dis` use): decoded per PEP 263, a decoding problem being a
/// `SyntaxError` with CPython's message.
pub fn compile_bytes(
    bytes: &[u8],
    filename: &str,
) -> Result<bytecode::code::CodeObject, crate::SyntaxError> {
    let source = decode_source(bytes).map_err(|e| decode_error(e, bytes, filename))?;
    crate::compile_source(&source, filename)
}

/// The `SyntaxError` `compile()` raises for undecodable source.
pub fn decode_error(e: DecodeError, bytes: &[u8], filename: &str) -> crate::SyntaxError {
    let base = crate::SyntaxError {
        kind: crate::ErrorKind::SyntaxError,
        msg: String::new(),
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    };
    match e {
        DecodeError::UnknownEncoding(name) => crate::SyntaxError {
            msg: format!("unknown encoding: {name}"),
            ..base
        },
        DecodeError::Invalid {
            encoding,
            lineno,
            byte,
            offset,
        } => {
            let start = bytes[..offset]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |i| i + 1);
            let end = bytes[offset..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |i| offset + i);
            let text = String::from_utf8_lossy(&bytes[start..end]).into_owned();
            let reason = if encoding == "ascii" {
                "ordinal not in range(128)"
            } else if (0x80..0xc2).contains(&byte) || byte > 0xf4 {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            let col = text.chars().count() as u32 + 1;
            crate::SyntaxError {
                msg: format!(
                    "(unicode error) '{encoding}' codec can't decode byte {byte:#04x} in position {}: {reason}",
                    offset - start
                ),
                lineno,
                offset: col,
                end_lineno: lineno,
                end_offset: col,
                text: Some(text),
                ..base
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_cookies_and_errors() {
        assert_eq!(decode_source(b"\xef\xbb\xbfx=1\n").unwrap(), "x=1\n");
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nz='\xff'\n").unwrap(),
            "# -*- coding: latin-1 -*-\nz='\u{ff}'\n"
        );
        assert_eq!(
            decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\n").unwrap(),
            "#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\n"
        );
        assert_eq!(
            decode_source(b"# coding: foo\n"),
            Err(DecodeError::UnknownEncoding("foo".into()))
        );
        assert!(matches!(
            decode_source(b"x=1\ny='\xff'\n"),
            Err(DecodeError::Invalid {
                lineno: 2,
                byte: 0xff,
                offset: 7,
                ..
            })
        ));
        // A cookie after code on line 1 does not count.
        assert!(decode_source(b"x=1\n# coding: latin-1\n\xff").is_err());
    }
}
