//! CPython 3.11's checks on the body of an f-string token (`Parser/string_parser.c` in 3.11:
//! the literal/expression scanner), reimplemented to find the first error 3.11 reports.
//!
//! Only the scanning errors are reproduced. Errors 3.11 finds by *compiling* an expression
//! part (`f'{a b}'`) are not: the parser already accepted the expression, and PEP 701 did not
//! change what an expression is. The one compile error that depends on the scan, an
//! all-whitespace expression, is reproduced.

/// 3.11 allows a replacement field inside a format spec, but no deeper.
const MAX_NESTING: usize = 2;
/// CPython's `MAXLEVEL` for the bracket stack of one expression part.
const MAX_BRACKETS: usize = 200;

/// Check an f-string body (the text between its quotes); the error message on failure.
pub fn check_body(body: &[u8], raw: bool) -> Result<(), String> {
    let mut scanner = Scanner {
        s: body,
        pos: 0,
        raw,
    };
    scanner.parse(0)
}

struct Scanner<'a> {
    s: &'a [u8],
    pos: usize,
    raw: bool,
}

/// What one literal scan found.
enum Literal {
    /// A doubled brace: the literal continues after it.
    Continue,
    /// Stopped at `{` (an expression follows), at `}` or at the end.
    Stop,
}

impl Scanner<'_> {
    fn end(&self) -> usize {
        self.s.len()
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    /// A sequence of literals and replacement fields, up to the end (level 0) or the `}`
    /// closing a format spec (level 1).
    fn parse(&mut self, level: usize) -> Result<(), String> {
        loop {
            if let Literal::Continue = self.literal(level)? {
                continue;
            }
            match self.peek() {
                None | Some(b'}') => break,
                Some(_) => self.expression(level)?,
            }
        }
        if level != 0 && self.peek() != Some(b'}') {
            return Err(expecting_brace());
        }
        Ok(())
    }

    fn literal(&mut self, level: usize) -> Result<Literal, String> {
        while self.pos < self.end() {
            let mut ch = self.s[self.pos];
            self.pos += 1;
            if !self.raw && ch == b'\\' && self.pos < self.end() {
                ch = self.s[self.pos];
                self.pos += 1;
                if ch == b'N' {
                    // `\N{NAME}` braces are not replacement fields. 3.11 consumes the
                    // character after `N` even when it is not `{`, then ends the literal.
                    let opened = self.peek() == Some(b'{');
                    self.pos += 1;
                    if opened {
                        while self.pos < self.end() {
                            let c = self.s[self.pos];
                            self.pos += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                        continue;
                    }
                    self.pos = self.pos.min(self.end());
                    return Ok(Literal::Stop);
                }
            }
            if ch == b'{' || ch == b'}' {
                // Doubled braces are literal only at the top level, so `f'{0:{3}}'` works.
                if level == 0 {
                    if self.peek() == Some(ch) {
                        self.pos += 1;
                        return Ok(Literal::Continue);
                    }
                    if ch == b'}' {
                        return Err("f-string: single '}' is not allowed".into());
                    }
                }
                self.pos -= 1;
                return Ok(Literal::Stop);
            }
        }
        Ok(Literal::Stop)
    }

    /// A replacement field starting at `{`.
    fn expression(&mut self, level: usize) -> Result<(), String> {
        if level >= MAX_NESTING {
            return Err("f-string: expressions nested too deeply".into());
        }
        self.pos += 1;
        let expr_start = self.pos;
        let mut quote: Option<(u8, bool)> = None;
        let mut brackets: Vec<u8> = Vec::new();
        while self.pos < self.end() {
            let ch = self.s[self.pos];
            if ch == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if self.s.get(self.pos + 1) == Some(&q)
                        && self.s.get(self.pos + 2) == Some(&q)
                        && self.pos + 2 < self.end()
                    {
                        self.pos += 2;
                        quote = None;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                let triple = self.pos + 2 < self.end()
                    && self.s[self.pos + 1] == ch
                    && self.s[self.pos + 2] == ch;
                if triple {
                    self.pos += 2;
                }
                quote = Some((ch, triple));
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if brackets.len() >= MAX_BRACKETS {
                    return Err("f-string: too many nested parenthesis".into());
                }
                brackets.push(ch);
            } else if ch == b'#' {
                return Err("f-string expression part cannot include '#'".into());
            } else if brackets.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if let Some(&next) = self.s.get(self.pos + 1) {
                    // Two-character comparison operators do not end the expression.
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if ch == b'<' || ch == b'>' {
                        self.pos += 1;
                        continue;
                    }
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(opening) = brackets.pop() else {
                    return Err(format!("f-string: unmatched '{}'", ch as char));
                };
                let matched = matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matched {
                    return Err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, opening as char
                    ));
                }
            }
            self.pos += 1;
        }
        let expr_end = self.pos.min(self.end());
        if quote.is_some() {
            return Err("f-string: unterminated string".into());
        }
        if let Some(&opening) = brackets.last() {
            return Err(format!("f-string: unmatched '{}'", opening as char));
        }
        if self.pos >= self.end() {
            return Err(expecting_brace());
        }
        let all_space = self.s[expr_start..expr_end]
            .iter()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0c'));
        if all_space {
            return Err("f-string: empty expression not allowed".into());
        }
        if self.peek() == Some(b'=') {
            self.pos += 1;
            while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
                self.pos += 1;
            }
        }
        if self.peek() == Some(b'!') {
            self.pos += 1;
            let Some(conversion) = self.peek() else {
                return Err(expecting_brace());
            };
            self.pos += 1;
            if !matches!(conversion, b's' | b'r' | b'a') {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                );
            }
        }
        if self.pos >= self.end() {
            return Err(expecting_brace());
        }
        if self.peek() == Some(b':') {
            self.pos += 1;
            if self.pos >= self.end() {
                return Err(expecting_brace());
            }
            self.parse(level + 1)?;
        }
        if self.peek() != Some(b'}') {
            return Err(expecting_brace());
        }
        self.pos += 1;
        Ok(())
    }
}

fn expecting_brace() -> String {
    "f-string: expecting '}'".into()
}

#[cfg(test)]
mod tests {
    use super::check_body;

    #[test]
    fn accepts_valid_bodies() {
        for body in [
            "",
            "a{b}c",
            "{{}}",
            "{a!r:>{w}}",
            "{a=}",
            "{x:{y}}",
            "{a!=b}",
            r"\N{DASH}",
        ] {
            assert_eq!(check_body(body.as_bytes(), false), Ok(()), "{body}");
        }
    }

    #[test]
    fn reports_3_11_errors() {
        let cases = [
            ("{", "f-string: expecting '}'"),
            ("}", "f-string: single '}' is not allowed"),
            ("{a#}", "f-string expression part cannot include '#'"),
            ("{a:{b:{c}}}", "f-string: expressions nested too deeply"),
            ("{d[", "f-string: unmatched '['"),
            ("{ }", "f-string: empty expression not allowed"),
            (
                "{a!x}",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
        ];
        for (body, msg) in cases {
            assert_eq!(
                check_body(body.as_bytes(), false),
                Err(msg.to_string()),
                "{body}"
            );
        }
    }
}
