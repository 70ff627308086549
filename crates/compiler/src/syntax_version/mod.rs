//! Rejecting syntax newer than Python 3.11, with CPython 3.11's message and position.
//!
//! The parser accepts the newest grammar. Asked to target 3.11 it lists the newer constructs
//! it met ("unsupported syntax errors"); this module turns each into the error CPython 3.11
//! raises for the same source:
//!
//! | construct | 3.11 says | where |
//! |---|---|---|
//! | `def f[T]()` (PEP 695) | `expected '('` | the `[` |
//! | `class C[T]` | `invalid syntax` | the `[` |
//! | `type X = ...` | `invalid syntax` | the token after `type` |
//! | `except A, B:` (PEP 758) | `multiple exception types must be parenthesized` | the types |
//! | `t'...'` (PEP 750) | `invalid syntax` | the string after the `t` prefix |
//! | `lazy import` | `invalid syntax` | the token after `lazy` |
//! | `[*x for x in y]` | `iterable unpacking cannot be used in comprehension` | the `*x` |
//! | PEP 701 f-strings | 3.11's f-string messages | the token after the string group |
//!
//! F-strings are not taken from the parser's list: every string group is re-read the way
//! 3.11's tokenizer reads it and its f-string bodies are checked with 3.11's scanner
//! ([`fstring311`]), which also catches what the parser does not flag (a replacement field
//! nested three deep). A PEP 701 flag the re-reading does not explain falls back to
//! `invalid syntax` at the flagged character (not seen on any test input so far).

mod fstring311;
mod legacy_tokens;

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{UnsupportedSyntaxError, UnsupportedSyntaxErrorKind};
use ruff_text_size::Ranged;

use crate::error::{ErrorKind, SyntaxError};
use crate::parse::ParsedModule;
use crate::source::LineIndex;
use legacy_tokens::{next_token, read_string, NextToken};

pub use fstring311::check_body as check_fstring_body;

/// An error candidate and the byte offset of the construct it comes from; the earliest
/// construct is what 3.11's left-to-right parse trips over first.
struct Found {
    construct: usize,
    error: SyntaxError,
}

/// Fail with 3.11's error if `parsed` uses syntax newer than 3.11.
pub fn check(source: &str, filename: &str, parsed: &ParsedModule) -> Result<(), SyntaxError> {
    check_before(&LineIndex::new(source), filename, parsed, usize::MAX)
}

/// [`check`], considering only constructs starting before byte offset `limit` (where the
/// parser met an error: what follows it is recovery, not 3.11's view of the source).
pub fn check_before(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
    limit: usize,
) -> Result<(), SyntaxError> {
    let mut found: Vec<Found> = Vec::new();
    let strings = check_string_groups(index, filename, parsed);
    let mut unexplained_fstring = None;
    for unsupported in parsed.unsupported_syntax_errors() {
        if let UnsupportedSyntaxErrorKind::Pep701FString(_) = unsupported.kind {
            unexplained_fstring.get_or_insert(unsupported);
            continue;
        }
        if let Some(error) = map_unsupported(index, filename, parsed, unsupported) {
            found.push(Found {
                construct: usize::from(unsupported.range.start()),
                error,
            });
        }
    }
    match strings {
        Some(f) => found.push(f),
        None => {
            if let Some(u) = unexplained_fstring {
                let start = usize::from(u.range.start());
                found.push(Found {
                    construct: start,
                    error: index.error(
                        ErrorKind::SyntaxError,
                        "invalid syntax",
                        filename,
                        start,
                        usize::from(u.range.end()),
                    ),
                });
            }
        }
    }
    match found
        .into_iter()
        .filter(|f| f.construct < limit)
        .min_by_key(|f| f.construct)
    {
        Some(f) => Err(f.error),
        None => Ok(()),
    }
}

/// 3.11's error for one construct the parser flagged, `None` for constructs 3.11 accepts.
fn map_unsupported(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
    unsupported: &UnsupportedSyntaxError,
) -> Option<SyntaxError> {
    let start = usize::from(unsupported.range.start());
    let end = usize::from(unsupported.range.end());
    let error = |msg: &str, s: usize, e: usize| {
        Some(index.error(ErrorKind::SyntaxError, msg, filename, s, e))
    };
    // The token following the one at `start`, which 3.11's failed parse points at.
    let token_after = |offset: usize| {
        parsed
            .tokens()
            .iter()
            .find(|t| usize::from(t.start()) > offset && !is_trivia(t.kind()))
            .map(|t| (usize::from(t.start()), usize::from(t.end())))
            .unwrap_or((end, end))
    };
    match unsupported.kind {
        UnsupportedSyntaxErrorKind::TypeParameterList => {
            // Two tokens back from `[` is `def` or `class`.
            let before: Vec<TokenKind> = parsed
                .tokens()
                .iter()
                .filter(|t| usize::from(t.end()) <= start && !is_trivia(t.kind()))
                .map(|t| t.kind())
                .collect();
            let is_def = before.len() >= 2 && before[before.len() - 2] == TokenKind::Def;
            let msg = if is_def {
                "expected '('"
            } else {
                "invalid syntax"
            };
            error(msg, start, start + 1)
        }
        // Defaults only occur inside a type parameter list, already reported at its `[`.
        UnsupportedSyntaxErrorKind::TypeParamDefault => None,
        UnsupportedSyntaxErrorKind::TypeAliasStatement
        | UnsupportedSyntaxErrorKind::LazyImportStatement => {
            let (s, e) = token_after(start);
            error("invalid syntax", s, e)
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            error("multiple exception types must be parenthesized", start, end)
        }
        UnsupportedSyntaxErrorKind::TemplateStrings => {
            // 3.11 reads the `t` prefix as a name; the error is at the string after it.
            let source = index.source().as_bytes();
            let mut quote = start;
            while quote < end && source[quote].is_ascii_alphabetic() {
                quote += 1;
            }
            let string_end = read_string(index.source(), quote).map_or(end, |s| s.end);
            error("invalid syntax", quote, string_end)
        }
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(_) => {
            // The parser does not export the kind's type; the source tells dict from iterable.
            if index.source().as_bytes()[start..].starts_with(b"**") {
                error(
                    "dict unpacking cannot be used in dict comprehension",
                    start,
                    start + 2,
                )
            } else {
                error(
                    "iterable unpacking cannot be used in comprehension",
                    start,
                    end,
                )
            }
        }
        UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => error(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            start,
            end,
        ),
        // Everything else the parser can flag is older than 3.11 and so accepted by it.
        _ => None,
    }
}

fn is_trivia(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Comment | TokenKind::NonLogicalNewline)
}

/// Re-read every string group as 3.11 does and return the first f-string error.
fn check_string_groups(index: &LineIndex, filename: &str, parsed: &ParsedModule) -> Option<Found> {
    let mut depth = 0usize;
    let mut fstring_depth = 0usize;
    let mut resume = 0usize;
    let tokens = parsed.tokens();
    for (i, token) in tokens.iter().enumerate() {
        let kind = token.kind();
        let start = usize::from(token.start());
        let top_level = fstring_depth == 0;
        match kind {
            TokenKind::FStringStart | TokenKind::TStringStart => fstring_depth += 1,
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                fstring_depth = fstring_depth.saturating_sub(1)
            }
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if top_level => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if top_level => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        let starts_group = top_level
            && start >= resume
            && matches!(kind, TokenKind::String | TokenKind::FStringStart);
        if !starts_group {
            continue;
        }
        // A group of plain string literals reads the same in 3.11 (only f-strings changed,
        // with PEP 701): re-read only groups holding an f-string.
        let mut group_end = start;
        let mut has_fstring = false;
        for t in &tokens[i..] {
            match t.kind() {
                TokenKind::String => group_end = usize::from(t.end()),
                TokenKind::FStringStart => {
                    has_fstring = true;
                    break;
                }
                k if is_trivia(k) => {}
                _ => break,
            }
        }
        if !has_fstring {
            // The rest of the group is plain too: skip it whole.
            resume = group_end;
            continue;
        }
        match check_group(index, filename, start, depth) {
            Ok(end) => resume = end,
            Err(error) => {
                return Some(Found {
                    construct: start,
                    error,
                })
            }
        }
    }
    None
}

/// Check the group of adjacent string literals starting at `start`; on success, the offset
/// where the group ends.
fn check_group(
    index: &LineIndex,
    filename: &str,
    start: usize,
    depth: usize,
) -> Result<usize, SyntaxError> {
    let source = index.source();
    let mut first_error: Option<String> = None;
    let mut pos = start;
    let after = loop {
        let string = read_string(source, pos).map_err(|u| unterminated(index, filename, &u))?;
        if string.is_fstring && first_error.is_none() {
            let body = &source.as_bytes()[string.body_start..string.body_end];
            first_error = fstring311::check_body(body, string.is_raw).err();
        }
        pos = string.end;
        match next_token(source, pos, depth) {
            NextToken::String { start } => pos = start,
            other => break other,
        }
    };
    let Some(msg) = first_error else {
        return Ok(pos);
    };
    // 3.11 raises while concatenating the group, having just read the token after it.
    let (s, e) = match after {
        NextToken::Newline { at } => (at, at),
        NextToken::Other { start, end } => (start, end),
        NextToken::String { start } => (start, start),
    };
    let mut error = index.error(ErrorKind::SyntaxError, msg, filename, s, e);
    // For a group spanning lines, 3.11's `text` is the tokenizer's buffer: every line from
    // the group's first to the error's.
    let first_line = index.line_of(start);
    if first_line < error.lineno {
        let from = index.line_start(first_line);
        let to = index.line_start(error.lineno + 1);
        error.text = Some(source[from..to.max(from)].to_string());
    }
    Ok(pos).and(Err(error))
}

fn unterminated(
    index: &LineIndex,
    filename: &str,
    u: &legacy_tokens::UnterminatedString,
) -> SyntaxError {
    let msg = if u.triple {
        format!(
            "unterminated triple-quoted string literal (detected at line {})",
            index.last_line()
        )
    } else {
        format!(
            "unterminated string literal (detected at line {})",
            index.line_of(u.start)
        )
    };
    let mut error = index.error(ErrorKind::SyntaxError, msg, filename, u.start, u.start);
    // The tokenizer's `text` here is the line without its line end.
    if let Some(text) = &mut error.text {
        let trimmed = text.trim_end_matches(['\n', '\r']).len();
        text.truncate(trimmed);
    }
    error
}
