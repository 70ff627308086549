//! The errors CPython 3.11's tokenizer (`Parser/tokenizer.c`) raises, found by a scan of the
//! whole source that reads it the way that tokenizer does: indentation (with its tab
//! consistency check), brackets, line continuations, string literals, numeric literals and
//! characters that cannot start a token.
//!
//! CPython tokenizes the rest of the file after any parser error and lets a tokenizer error
//! replace the parser's, so the first tokenizer error anywhere in the file is what 3.11
//! reports; the one exception (a bracket still open at the end of the file) is decided by
//! the caller, which knows where the parser failed.
//!
//! Positions follow the tokenizer's conventions: most errors point just after the character
//! that was read last (`offset == end_offset`), indentation errors point at the end of the
//! line, and the `text` is the offending line.

use crate::error::{ErrorKind, SyntaxError, COLUMN_MINUS_ONE};
use crate::source::LineIndex;

/// CPython's `MAXINDENT` and `MAXLEVEL`.
const MAX_INDENT: usize = 100;
const MAX_LEVEL: usize = 200;

/// Bytes the scan passes over without looking further: blanks and operator characters
/// (not line ends, comments, backslashes, quotes, digits, dots, brackets, name characters,
/// nor the 0 that `peek` returns past the end).
const INERT: [bool; 256] = {
    let mut table = [false; 256];
    let inert = b" \t\x0c!$%&*+,-/:;<=>?@^|~`";
    let mut i = 0;
    while i < inert.len() {
        table[inert[i] as usize] = true;
        i += 1;
    }
    table
};

/// ASCII letters, digits and `_` (one table load per byte in the name loop).
const NAME_CHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    table
};

/// What the scan found.
pub(crate) enum TokenizerError {
    /// An error the tokenizer raises where it stands.
    At(SyntaxError),
    /// The file ended inside brackets: the error for the innermost open one, and its line.
    Unclosed { error: SyntaxError, line: u32 },
}

struct Scanner<'a> {
    src: &'a [u8],
    index: &'a LineIndex<'a>,
    filename: &'a str,
    pos: usize,
    /// Open brackets: the character and its byte offset.
    brackets: Vec<(u8, usize)>,
    /// Indentation columns with tabs to 8 and to 1 (CPython's `indstack`/`altindstack`).
    indents: Vec<(usize, usize)>,
}

/// Scan `source` and return the first error CPython 3.11's tokenizer raises, if any.
/// `invalid_char` says whether the parser's lexer refused the non-ASCII character at a byte
/// offset (it knows Unicode's identifier classes).
pub(crate) fn scan(
    index: &LineIndex,
    filename: &str,
    invalid_char: &dyn Fn(usize) -> bool,
) -> Option<TokenizerError> {
    let mut scanner = Scanner {
        src: index.source().as_bytes(),
        index,
        filename,
        pos: 0,
        brackets: Vec::new(),
        indents: vec![(0, 0)],
    };
    scanner.run(invalid_char).err()
}

type Scan = Result<(), TokenizerError>;

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.src.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// Start of the line holding byte `at`.
    fn line_start(&self, at: usize) -> usize {
        self.index.line_start(self.index.line_of(at))
    }

    /// End of the line holding `at`, after its line end.
    fn line_end(&self, at: usize) -> usize {
        let line = self.index.line_of(at);
        self.index.line_start(line + 1).max(at)
    }

    /// The line holding `at`, without its line end (the tokenizer's error text).
    fn line_text(&self, at: usize) -> String {
        let start = self.line_start(at);
        let end = self.src[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.src.len(), |n| start + n);
        String::from_utf8_lossy(&self.src[start..end]).into_owned()
    }

    /// `syntaxerror()`: an error pointing just before byte `cur` (`offset` counts the
    /// characters from the line start to `cur`).
    fn error_at(&self, msg: impl Into<String>, cur: usize) -> TokenizerError {
        let line_start = self.line_start(cur.saturating_sub(1)).min(cur);
        let column = self.index.source()
            [line_start..crate::source::floor_char_boundary(self.index.source(), cur)]
            .chars()
            .count() as u32;
        let lineno = self.index.line_of(line_start);
        TokenizerError::At(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset: column,
            end_lineno: lineno,
            end_offset: column,
            text: Some(self.line_text(line_start)),
        })
    }

    /// An indentation error on the line starting at `line_start`: CPython moves to the end
    /// of the line before reporting.
    fn indentation_error(&self, kind: ErrorKind, msg: &str, line_start: usize) -> TokenizerError {
        let lineno = self.index.line_of(line_start);
        let end = self.line_end(line_start);
        let text = self.index.line_text(lineno);
        // E_TABSPACE and E_TOODEEP are reported at column 0 with no end; E_DEDENT at the
        // end of the line.
        let (offset, end_offset) = if msg != "unindent does not match any outer indentation level" {
            (1, 0)
        } else {
            let chars = self.index.source()[line_start..end].chars().count() as u32;
            (chars, COLUMN_MINUS_ONE)
        };
        TokenizerError::At(SyntaxError {
            kind,
            msg: msg.to_string(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset,
            text,
        })
    }

    fn run(&mut self, invalid_char: &dyn Fn(usize) -> bool) -> Scan {
        let mut at_line_start = true;
        while !self.at_end() {
            if at_line_start {
                at_line_start = false;
                self.indentation()?;
                continue;
            }
            let c = self.peek(0);
            match c {
                b'\n' | b'\r' => {
                    self.newline();
                    at_line_start = self.brackets.is_empty();
                }
                b'#' => {
                    // The comment runs to the line end (found with memchr: comments are
                    // a good share of the text).
                    self.pos = memchr::memchr2(b'\n', b'\r', &self.src[self.pos..])
                        .map_or(self.src.len(), |n| self.pos + n);
                }
                b'\\' => self.continuation()?,
                b'\'' | b'"' => self.string(self.pos)?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'(' | b'[' | b'{' => {
                    if self.brackets.len() >= MAX_LEVEL {
                        return Err(self.error_at("too many nested parentheses", self.pos + 1));
                    }
                    self.brackets.push((c, self.pos));
                    self.pos += 1;
                }
                b')' | b']' | b'}' => self.close_bracket(c)?,
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                    self.name(invalid_char)?
                }
                _ => {
                    // Blanks and operators: skip the whole run of them at once.
                    self.pos += 1;
                    while INERT[usize::from(self.peek(0))] {
                        self.pos += 1;
                    }
                }
            }
        }
        if let Some(&(open, at)) = self.brackets.last() {
            let (lineno, offset) = self.index.position(at);
            // The text is the tokenizer's current line (with its line end) when the file
            // ends on the bracket's line, else the bracket's line alone.
            // (CPython adds the missing final newline to source it compiles.)
            let text = if self.index.line_of(self.src.len().saturating_sub(1)) == lineno {
                self.index.line_text(lineno).map(|mut line| {
                    if !line.ends_with(['\n', '\r']) {
                        line.push('\n');
                    }
                    line
                })
            } else {
                Some(self.line_text(at))
            };
            return Err(TokenizerError::Unclosed {
                error: SyntaxError {
                    kind: ErrorKind::SyntaxError,
                    msg: format!("'{}' was never closed", open as char),
                    filename: self.filename.to_string(),
                    lineno,
                    offset,
                    end_lineno: lineno,
                    end_offset: 0,
                    text,
                },
                line: lineno,
            });
        }
        Ok(())
    }

    fn newline(&mut self) {
        if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
            self.pos += 1;
        }
        self.pos += 1;
    }

    /// Indentation at the start of a logical line (CPython's `atbol` block).
    fn indentation(&mut self) -> Scan {
        let line_start = self.pos;
        let (mut col, mut altcol) = (0usize, 0usize);
        let mut cont_col: Option<(usize, usize)> = None;
        loop {
            match self.peek(0) {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' if !self.at_end() => {
                    // The first backslash decides the indentation of what follows.
                    cont_col.get_or_insert((col, altcol));
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek(0);
        let blank = self.at_end() || matches!(c, b'#' | b'\n' | b'\r');
        if blank || !self.brackets.is_empty() {
            return Ok(());
        }
        let (col, altcol) = cont_col.unwrap_or((col, altcol));
        let &(top, alttop) = self.indents.last().expect("indent stack");
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error(line_start));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indentation_error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                ));
            }
            if altcol <= alttop {
                return Err(self.tab_error(line_start));
            }
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |i| i.0) {
                self.indents.pop();
            }
            let &(top, alttop) = self.indents.last().expect("indent stack");
            if col != top {
                return Err(self.indentation_error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line_start,
                ));
            }
            if altcol != alttop {
                return Err(self.tab_error(line_start));
            }
        }
        Ok(())
    }

    fn tab_error(&self, line_start: usize) -> TokenizerError {
        self.indentation_error(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            line_start,
        )
    }

    /// A backslash: it must end the line, and the file must go on after it.
    fn continuation(&mut self) -> Scan {
        let backslash = self.pos;
        self.pos += 1;
        match self.peek(0) {
            b'\n' | b'\r' => {
                self.newline();
                if self.at_end() {
                    // "unexpected EOF while parsing" at the end of the backslash's line.
                    let lineno = self.index.line_of(backslash);
                    let start = self.line_start(backslash);
                    let chars = self.index.source()[start..self.src.len()].chars().count() as u32;
                    let error = SyntaxError {
                        kind: ErrorKind::SyntaxError,
                        msg: "unexpected EOF while parsing".into(),
                        filename: self.filename.to_string(),
                        lineno,
                        offset: chars,
                        end_lineno: lineno,
                        end_offset: COLUMN_MINUS_ONE,
                        text: self.index.line_text(lineno),
                    };
                    return Err(match self.brackets.last() {
                        Some(_) => self.unclosed_now(),
                        None => TokenizerError::At(error),
                    });
                }
                Ok(())
            }
            _ => {
                // E_LINECONT: the column is the byte after the character read past the
                // backslash, with no end column.
                let lineno = self.index.line_of(backslash);
                let start = self.line_start(backslash);
                let offset = (self.pos + 1 - start) as u32;
                Err(TokenizerError::At(SyntaxError {
                    kind: ErrorKind::SyntaxError,
                    msg: "unexpected character after line continuation character".into(),
                    filename: self.filename.to_string(),
                    lineno,
                    offset,
                    end_lineno: lineno,
                    end_offset: 0,
                    text: self.index.line_text(lineno),
                }))
            }
        }
    }

    /// The unclosed-bracket error, raised right away (end of file inside a continuation).
    fn unclosed_now(&mut self) -> TokenizerError {
        let (open, at) = *self.brackets.last().expect("open bracket");
        let (lineno, offset) = self.index.position(at);
        TokenizerError::At(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: format!("'{}' was never closed", open as char),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: 0,
            text: Some(self.line_text(at)),
        })
    }

    fn close_bracket(&mut self, c: u8) -> Scan {
        self.pos += 1;
        let Some((open, at)) = self.brackets.pop() else {
            return Err(self.error_at(format!("unmatched '{}'", c as char), self.pos));
        };
        let matching = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
        if !matching {
            let open_line = self.index.line_of(at);
            let msg = if open_line != self.index.line_of(self.pos - 1) {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                    c as char, open as char
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    c as char, open as char
                )
            };
            return Err(self.error_at(msg, self.pos));
        }
        Ok(())
    }

    /// A name, or a string with a prefix. Non-ASCII characters the parser's lexer refused
    /// are CPython's "invalid character" errors.
    fn name(&mut self, invalid_char: &dyn Fn(usize) -> bool) -> Scan {
        let start = self.pos;
        // String prefixes: any combination 3.11 accepts (b, r, u, f; br, rb, fr, rf).
        let mut p = self.pos;
        while p < self.src.len() && p - start < 2 && b"bBrRuUfF".contains(&self.src[p]) {
            p += 1;
            if matches!(self.src.get(p), Some(b'\'' | b'"'))
                && is_string_prefix(&self.src[start..p])
            {
                self.pos = p;
                return self.string(start);
            }
        }
        while !self.at_end() {
            // A run of ASCII name characters at once.
            self.pos += self.src[self.pos..]
                .iter()
                .position(|&c| !NAME_CHAR[usize::from(c)])
                .unwrap_or(self.src.len() - self.pos);
            let c = self.peek(0);
            if self.at_end() {
                break;
            } else if c >= 0x80 {
                let ch = self.index.source()[self.pos..]
                    .chars()
                    .next()
                    .unwrap_or('\u{fffd}');
                if invalid_char(self.pos) {
                    let end = self.pos + ch.len_utf8();
                    let msg = if is_printable(ch) {
                        format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                    } else {
                        format!("invalid non-printable character U+{:04X}", ch as u32)
                    };
                    return Err(self.error_at(msg, end));
                }
                self.pos += ch.len_utf8();
            } else {
                break;
            }
        }
        Ok(())
    }

    /// A string literal whose token (prefix included) starts at `token_start`; `self.pos` is
    /// at its opening quote.
    fn string(&mut self, token_start: usize) -> Scan {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        loop {
            // Skip to the next byte that matters: the quote, a backslash, or (a single-quoted
            // string ending there in error) a line end.
            let rest = &self.src[self.pos..];
            let skip = if triple {
                memchr::memchr2(quote, b'\\', rest)
            } else {
                rest.iter()
                    .position(|&c| matches!(c, b'\n' | b'\r' | b'\\') || c == quote)
            };
            self.pos += skip.unwrap_or(rest.len());
            if self.at_end() {
                return Err(self.unterminated(token_start, triple, self.index.last_line()));
            }
            let c = self.peek(0);
            if !triple && matches!(c, b'\n' | b'\r') {
                let line = self.index.line_of(self.pos);
                return Err(self.unterminated(token_start, triple, line));
            }
            if c == quote && (!triple || (self.peek(1) == quote && self.peek(2) == quote)) {
                self.pos += if triple { 3 } else { 1 };
                return Ok(());
            }
            if c == b'\\' {
                self.pos += 1;
                if self.at_end() {
                    continue;
                }
                if self.peek(0) == b'\r' && self.peek(1) == b'\n' {
                    self.pos += 1;
                }
            }
            self.pos += 1;
        }
    }

    fn unterminated(&self, token_start: usize, triple: bool, detected: u32) -> TokenizerError {
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error_at(msg, token_start + 1)
    }

    /// A numeric literal, checked as `tok_get` reads numbers.
    fn number(&mut self) -> Scan {
        let start = self.pos;
        if self.peek(0) == b'.' {
            self.pos += 1;
            self.digits_tail()?;
            return self.exponent_and_suffix();
        }
        if self.peek(0) == b'0' {
            self.pos += 1;
            let radix = match self.peek(0) {
                b'x' | b'X' => Some((16, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = radix {
                self.pos += 1;
                return self.radix_digits(radix, kind);
            }
            // Zeros (with underscores), then maybe an old-style octal.
            loop {
                if self.peek(0) == b'_' {
                    self.pos += 1;
                    if !self.peek(0).is_ascii_digit() {
                        return Err(self.error_at("invalid decimal literal", self.pos));
                    }
                }
                if self.peek(0) != b'0' {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos + 1;
            let nonzero = self.peek(0).is_ascii_digit();
            if nonzero {
                self.digits_tail()?;
            }
            let c = self.peek(0);
            if c == b'.' || matches!(c, b'e' | b'E' | b'j' | b'J') {
                if c == b'.' {
                    self.pos += 1;
                    if self.peek(0).is_ascii_digit() {
                        self.digits_tail()?;
                    }
                }
                return self.exponent_and_suffix();
            }
            if nonzero {
                // Reported over the number's first character to just past the zeros.
                let line_start = self.line_start(start);
                let error = self.error_at(
                    "leading zeros in decimal integer literals are not permitted; use an 0o \
                     prefix for octal integers",
                    start + 1,
                );
                return Err(match error {
                    TokenizerError::At(mut e) => {
                        e.offset = (start + 1 - line_start) as u32;
                        e.end_offset = (zeros_end.min(self.line_end(start)) - line_start) as u32;
                        TokenizerError::At(e)
                    }
                    other => other,
                });
            }
            return self.end_of_number("decimal");
        }
        self.digits_tail()?;
        if self.peek(0) == b'.' {
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                self.digits_tail()?;
            }
        }
        self.exponent_and_suffix()
    }

    /// Digits with single underscores between them (`tok_decimal_tail`).
    fn digits_tail(&mut self) -> Scan {
        loop {
            while self.peek(0).is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek(0).is_ascii_digit() {
                return Err(self.error_at("invalid decimal literal", self.pos));
            }
        }
    }

    fn exponent_and_suffix(&mut self) -> Scan {
        if matches!(self.peek(0), b'e' | b'E') {
            let e = self.pos;
            self.pos += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.pos += 1;
                if !self.peek(0).is_ascii_digit() {
                    return Err(self.error_at("invalid decimal literal", self.pos));
                }
            } else if !self.peek(0).is_ascii_digit() {
                // Not an exponent: the `e` itself must be a valid end of the number.
                self.pos = e;
                return self.end_of_number("decimal");
            }
            self.digits_tail()?;
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            return self.end_of_number("imaginary");
        }
        self.end_of_number("decimal")
    }

    fn radix_digits(&mut self, radix: u32, kind: &str) -> Scan {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            let c = self.peek(0);
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.error_at(
                        format!("invalid digit '{}' in {kind} literal", c as char),
                        self.pos + 1,
                    ));
                }
                return Err(self.error_at(format!("invalid {kind} literal"), self.pos));
            }
            while is_digit(self.peek(0)) {
                self.pos += 1;
            }
            if self.peek(0) != b'_' {
                break;
            }
        }
        let c = self.peek(0);
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.error_at(
                format!("invalid digit '{}' in {kind} literal", c as char),
                self.pos + 1,
            ));
        }
        self.end_of_number(kind)
    }

    /// `verify_end_of_number`: a number may be followed directly by the keywords that can
    /// follow it in valid code (a warning in 3.11), not by other name characters.
    fn end_of_number(&mut self, kind: &str) -> Scan {
        let rest = &self.src[self.pos..];
        let keyword_follows = |word: &[u8]| {
            rest.starts_with(word)
                && !rest
                    .get(word.len())
                    .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        };
        let warned = match rest.first() {
            Some(b'a') => keyword_follows(b"and"),
            Some(b'e') => keyword_follows(b"else"),
            Some(b'f') => keyword_follows(b"for"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => keyword_follows(b"or"),
            Some(b'n') => keyword_follows(b"not"),
            _ => false,
        };
        // Only ASCII name characters: a non-ASCII one is left to the name scanner.
        let c = self.peek(0);
        if !warned && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.error_at(format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }
}

/// The string prefixes 3.11 accepts (case-insensitive): `b r u f br rb fr rf`.
fn is_string_prefix(prefix: &[u8]) -> bool {
    let lower: Vec<u8> = prefix.iter().map(|c| c.to_ascii_lowercase()).collect();
    matches!(
        &lower[..],
        b"b" | b"r" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// An approximation of `str.isprintable()` for one character: not a control, separator
/// (other than the space) or format character, and not private-use.
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    let format = matches!(cp,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE0001 | 0xE0020..=0xE007F);
    let private = matches!(cp, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
    !(c.is_control() || (c.is_whitespace() && c != ' ') || format || private)
}
