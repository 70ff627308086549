//! Just enough of CPython 3.11's tokenizer to re-read string literals the way 3.11 does.
//!
//! Before PEP 701 (3.12) an f-string was one STRING token ending at the first unescaped
//! matching quote, so `f"{"a"}"` is the tokens `f"{"`, `a`, `"}"`. 3.11's errors about such
//! code are located by the token *after* the string group, as 3.11 splits it, so this module
//! finds string ends and "the next token" under the old rules. It only has to agree with
//! CPython on where tokens start and end, not on their meaning.

/// A 3.11 tokenizer error met while re-reading a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnterminatedString {
    /// Byte offset where the string (with its prefix) starts.
    pub start: usize,
    pub triple: bool,
}

/// What the 3.11 tokenizer sees at a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextToken {
    /// A string literal starting here (prefix included).
    String { start: usize },
    /// A NEWLINE token (also the implicit one at end of input); CPython reports it with an
    /// empty span.
    Newline { at: usize },
    /// Any other token, spanning `start..end`.
    Other { start: usize, end: usize },
}

/// A string literal as 3.11 reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyString {
    pub start: usize,
    pub end: usize,
    /// Offsets of the body between the quotes.
    pub body_start: usize,
    pub body_end: usize,
    pub is_fstring: bool,
    pub is_raw: bool,
}

/// Whether `prefix` is a string prefix 3.11 accepts (any case, any order of r with b or f).
pub fn is_string_prefix(prefix: &str) -> bool {
    let lower = prefix.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "" | "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Read the string literal starting at `start` (at its prefix or opening quote).
pub fn read_string(src: &str, start: usize) -> Result<LegacyString, UnterminatedString> {
    let bytes = src.as_bytes();
    let mut i = start;
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    let prefix = &src[start..i];
    let quote = match bytes.get(i) {
        Some(&q) if q == b'\'' || q == b'"' => q,
        // Callers only ask at string starts; treat anything else as an empty token.
        _ => {
            return Ok(LegacyString {
                start,
                end: i,
                body_start: i,
                body_end: i,
                is_fstring: false,
                is_raw: false,
            })
        }
    };
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    let quote_len = if triple { 3 } else { 1 };
    let body_start = i + quote_len;
    let mut j = body_start;
    loop {
        let Some(&c) = bytes.get(j) else {
            return Err(UnterminatedString { start, triple });
        };
        if c == b'\\' {
            // An escape hides the next character, even a quote or a newline.
            j += 2;
            if j > bytes.len() {
                return Err(UnterminatedString { start, triple });
            }
            continue;
        }
        if !triple && (c == b'\n' || c == b'\r') {
            return Err(UnterminatedString { start, triple });
        }
        if c == quote {
            let closes =
                !triple || (bytes.get(j + 1) == Some(&quote) && bytes.get(j + 2) == Some(&quote));
            if closes {
                let lower = prefix.to_ascii_lowercase();
                return Ok(LegacyString {
                    start,
                    end: j + quote_len,
                    body_start,
                    body_end: j,
                    is_fstring: lower.contains('f'),
                    is_raw: lower.contains('r'),
                });
            }
        }
        j += 1;
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic() || !c.is_ascii()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric() || !c.is_ascii()
}

/// Operators of CPython's tokenizer, longest first so the longest match wins.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
    ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
];

/// The first 3.11 token at or after `pos`, given the bracket depth there (inside brackets
/// newlines are not tokens).
pub fn next_token(src: &str, mut pos: usize, depth: usize) -> NextToken {
    let bytes = src.as_bytes();
    loop {
        let Some(&b) = bytes.get(pos) else {
            // compile() appends a newline to source lacking one; its NEWLINE is here.
            return NextToken::Newline { at: src.len() };
        };
        match b {
            b' ' | b'\t' | b'\x0c' => pos += 1,
            b'\\' if matches!(bytes.get(pos + 1), Some(b'\n') | Some(b'\r')) => {
                pos += 2;
                if b == b'\r' && bytes.get(pos) == Some(&b'\n') {
                    pos += 1;
                }
            }
            b'#' => {
                while pos < bytes.len() && bytes[pos] != b'\n' && bytes[pos] != b'\r' {
                    pos += 1;
                }
            }
            b'\n' | b'\r' => {
                if depth == 0 {
                    return NextToken::Newline { at: pos };
                }
                pos += 1;
            }
            b'\'' | b'"' => return NextToken::String { start: pos },
            _ => {
                let rest = &src[pos..];
                let Some(c) = rest.chars().next() else {
                    return NextToken::Newline { at: src.len() };
                };
                if is_ident_start(c) {
                    let len: usize = rest
                        .chars()
                        .take_while(|&c| is_ident_continue(c))
                        .map(char::len_utf8)
                        .sum();
                    let after = bytes.get(pos + len);
                    if matches!(after, Some(b'\'') | Some(b'"')) && is_string_prefix(&rest[..len]) {
                        return NextToken::String { start: pos };
                    }
                    return NextToken::Other {
                        start: pos,
                        end: pos + len,
                    };
                }
                if c.is_ascii_digit()
                    || (c == '.' && rest.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
                {
                    return NextToken::Other {
                        start: pos,
                        end: pos + number_len(rest),
                    };
                }
                let len = OPERATORS
                    .iter()
                    .find(|op| rest.starts_with(**op))
                    .map_or(c.len_utf8(), |op| op.len());
                return NextToken::Other {
                    start: pos,
                    end: pos + len,
                };
            }
        }
    }
}

/// Length of a numeric literal (digits, letters for bases/suffixes, `_`, `.`, signed
/// exponents).
fn number_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let literal_char = b.is_ascii_alphanumeric() || b == b'_' || b == b'.';
        // A sign continues the literal only right after an exponent marker (`1e-5`).
        let exponent_sign =
            (b == b'+' || b == b'-') && i > 0 && matches!(bytes[i - 1], b'e' | b'E');
        if !(literal_char || exponent_sign) {
            break;
        }
        i += 1;
    }
    i
}
