//! The parser crate's errors in CPython 3.11's words and places.
//!
//! Each arm names the 3.11 grammar rule (`Grammar/python.gram`, `invalid_*`) that fails on
//! the input the parser crate refused, and places the error as that rule does: at a node
//! (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`), over a range of nodes (`..._KNOWN_RANGE`) or at the
//! last token the parser read (`RAISE_SYNTAX_ERROR`, where a NEWLINE token has no width).
//! Anything without a specific rule is 3.11's generic "invalid syntax" at the token where
//! parsing stopped.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::Ranged;

use super::tree::{self, expr_name};
use crate::error::{ErrorKind, SyntaxError, COLUMN_MINUS_ONE};
use crate::parse::ParsedModule;
use crate::source::LineIndex;

struct Ctx<'a> {
    index: &'a LineIndex<'a>,
    filename: &'a str,
    parsed: &'a ParsedModule,
    start: usize,
    end: usize,
}

impl Ctx<'_> {
    fn at(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        self.index
            .error(ErrorKind::SyntaxError, msg, self.filename, start, end)
    }

    /// At the token starting at `start`: a NEWLINE (or the end) has no width.
    fn at_token(&self, msg: impl Into<String>, start: usize) -> SyntaxError {
        match tree::token_from(self.parsed, start) {
            Some(t) if usize::from(t.start()) == start => {
                let end = match t.kind() {
                    TokenKind::Newline | TokenKind::EndOfFile => start,
                    _ => usize::from(t.end()),
                };
                self.at(msg, start, end)
            }
            _ => self.at(msg, start, start),
        }
    }

    /// At the token after the one ending at `end` (the last token CPython's rule read).
    fn at_next_token(&self, msg: impl Into<String>, end: usize) -> SyntaxError {
        match tree::token_from(self.parsed, end) {
            Some(t) => self.at_token(msg, usize::from(t.start())),
            None => self.at(msg, end, end),
        }
    }

    /// The first token of the error's range.
    fn first_token(&self) -> (usize, usize) {
        match tree::token_from(self.parsed, self.start) {
            Some(t) if usize::from(t.start()) < self.end.max(self.start + 1) => {
                (usize::from(t.start()), usize::from(t.end()))
            }
            _ => (self.start, self.end),
        }
    }

    fn generic(&self) -> SyntaxError {
        self.at_token("invalid syntax", self.start)
    }

    fn expr_exact(&self) -> Option<&Expr> {
        let (s, e) = (self.start, self.end);
        tree::find_expr(self.parsed, &|x| {
            usize::from(x.start()) == s && usize::from(x.end()) == e
        })
    }

    fn text(&self, start: usize, end: usize) -> &str {
        self.index.source().get(start..end).unwrap_or("")
    }
}

pub(super) fn translate(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
    error: &ParseError,
) -> SyntaxError {
    let cx = Ctx {
        index,
        filename,
        parsed,
        start: usize::from(error.location.start()),
        end: usize::from(error.location.end()),
    };
    let simple = |msg: &str| Some(cx.at(msg, cx.start, cx.end));
    let translated = match &error.error {
        ParseErrorType::ExpectedToken { expected, found } => expected_token(&cx, *expected, *found),
        ParseErrorType::InvalidAssignmentTarget => assignment_target(&cx),
        ParseErrorType::InvalidDeleteTarget => cx
            .expr_exact()
            .map(|e| cx.at(format!("cannot delete {}", expr_name(e)), cx.start, cx.end)),
        ParseErrorType::InvalidAugmentedAssignmentTarget => cx.expr_exact().map(|e| {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            );
            cx.at(msg, cx.start, cx.end)
        }),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => simple("illegal target for annotation"),
        ParseErrorType::InvalidNamedAssignmentTarget => cx.expr_exact().map(|e| {
            let msg = format!("cannot use assignment expressions with {}", expr_name(e));
            cx.at(msg, cx.start, cx.end)
        }),
        ParseErrorType::UnexpectedIndentation => Some(unexpected_indent(&cx)),
        ParseErrorType::PositionalAfterKeywordArgument => {
            Some(cx.at_next_token("positional argument follows keyword argument", cx.end))
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => Some(cx.at_next_token(
            "positional argument follows keyword argument unpacking",
            cx.end,
        )),
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            let (s, e) = cx.first_token();
            Some(cx.at(
                "iterable argument unpacking follows keyword argument unpacking",
                s,
                e,
            ))
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            simple("Generator expression must be parenthesized")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            simple("non-default argument follows default argument")
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            simple("arguments cannot follow var-keyword argument")
        }
        ParseErrorType::VarParameterWithDefault => {
            let star = tree::token_before(cx.parsed, cx.start).and_then(|name| {
                tree::token_before(cx.parsed, usize::from(name.start())).map(|t| t.kind())
            });
            if star == Some(TokenKind::DoubleStar) {
                simple("var-keyword argument cannot have default value")
            } else {
                simple("var-positional argument cannot have default value")
            }
        }
        ParseErrorType::ExpectedKeywordParam => Some(bare_star(&cx)),
        ParseErrorType::ExpectedImaginaryNumber => {
            simple("imaginary number required in complex literal")
        }
        ParseErrorType::InvalidStarredExpressionUsage => {
            simple("cannot use starred expression here")
        }
        ParseErrorType::OtherError(msg) => other_error(&cx, msg),
        ParseErrorType::Lexical(ruff_python_parser::LexicalErrorType::InvalidByteLiteral) => {
            // The whole string token is the range.
            let token =
                cx.parsed.tokens().iter().find(|t| {
                    t.start() <= error.location.start() && error.location.start() < t.end()
                });
            token.map(|t| {
                cx.at(
                    "bytes can only contain ASCII literal characters",
                    usize::from(t.start()),
                    usize::from(t.end()),
                )
            })
        }
        ParseErrorType::ExpectedExpression => expected_expression(&cx),
        ParseErrorType::SimpleStatementsOnSameLine => same_line(&cx),
        _ => None,
    };
    translated.unwrap_or_else(|| cx.generic())
}

fn other_error(cx: &Ctx, msg: &str) -> Option<SyntaxError> {
    if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
        return Some(expected_block(cx, what));
    }
    let lower = |m: &str| {
        let mut chars = m.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    match msg {
        m if m.starts_with("Only single target") => Some(cx.at(lower(m), cx.start, cx.end)),
        m if m.starts_with("Cannot have both 'except' and 'except*'") => {
            let (s, e) = cx.first_token();
            Some(cx.at(lower(m), s, e))
        }
        "Expected `except` or `finally` after `try` block" => {
            Some(cx.at("expected 'except' or 'finally' block", cx.start, cx.end))
        }
        "Trailing comma not allowed" => Some(cx.at_next_token(
            "trailing comma not allowed without surrounding parentheses",
            cx.end,
        )),
        "Only one '*' parameter allowed" => {
            let (s, e) = cx.first_token();
            Some(cx.at("* argument may appear only once", s, e))
        }
        "Only one '/' separator allowed" => Some(cx.at("/ may appear only once", cx.start, cx.end)),
        "'/' parameter must appear before '*' parameter" => {
            Some(cx.at("/ must be ahead of *", cx.start, cx.end))
        }
        m if m.starts_with("Expected a parameter name") => keyword_argument(cx),
        _ => None,
    }
}

/// `f(x+1=2)`, `f(True=1)`: 3.11's `invalid_kwarg`.
fn keyword_argument(cx: &Ctx) -> Option<SyntaxError> {
    let equal = tree::token_from(cx.parsed, cx.end)?;
    if equal.kind() != TokenKind::Equal {
        return None;
    }
    let eq_end = usize::from(equal.end());
    let text = cx.text(cx.start, cx.end);
    if matches!(text, "True" | "False" | "None") {
        return Some(cx.at(format!("cannot assign to {text}"), cx.start, eq_end));
    }
    Some(cx.at(
        "expression cannot contain assignment, perhaps you meant \"==\"?",
        cx.start,
        eq_end,
    ))
}

/// `def f(*)`: at the `*` (3.11's `invalid_star_etc`); `lambda *:` at the token after it.
fn bare_star(cx: &Ctx) -> SyntaxError {
    let msg = "named arguments must follow bare *";
    let star = tree::last_of_kind(cx.parsed, cx.start + 1, TokenKind::Star);
    let in_lambda = tree::open_brackets(cx.parsed, cx.start).is_empty();
    match star {
        Some(star) if !in_lambda => cx.at(msg, usize::from(star.start()), usize::from(star.end())),
        Some(star) => {
            // `lambda *:` reads the `:`; `lambda *, **k:` reads up to the `**`.
            let next = tree::token_after(cx.parsed, usize::from(star.start()));
            match next {
                Some(t) if t.kind() == TokenKind::Comma => {
                    cx.at_next_token(msg, usize::from(t.end()))
                }
                Some(t) => cx.at_token(msg, usize::from(t.start())),
                None => cx.generic(),
            }
        }
        None => cx.generic(),
    }
}

fn unexpected_indent(cx: &Ctx) -> SyntaxError {
    // The tokenizer stands after the indentation; no end column.
    let lineno = cx.index.line_of(cx.start);
    let line_start = cx.index.line_start(lineno);
    let column = cx.text(line_start, cx.end).chars().count() as u32;
    SyntaxError {
        kind: ErrorKind::IndentationError,
        msg: "unexpected indent".into(),
        filename: cx.filename.to_string(),
        lineno,
        offset: column,
        end_lineno: lineno,
        end_offset: COLUMN_MINUS_ONE,
        text: cx.index.line_text(lineno),
    }
}

/// "expected an indented block after 'if' statement on line N" and its siblings.
fn expected_block(cx: &Ctx, what: &str) -> SyntaxError {
    let (keyword, description) = match what {
        w if w.starts_with("function definition") => {
            (TokenKind::Def, "function definition".to_string())
        }
        w if w.starts_with("`class`") => (TokenKind::Class, "class definition".to_string()),
        w => {
            let name = w.split('`').nth(1).unwrap_or("if");
            let kind = match name {
                "if" => TokenKind::If,
                "elif" => TokenKind::Elif,
                "else" => TokenKind::Else,
                "for" => TokenKind::For,
                "while" => TokenKind::While,
                "try" => TokenKind::Try,
                "except" => TokenKind::Except,
                "finally" => TokenKind::Finally,
                "with" => TokenKind::With,
                "match" => TokenKind::Match,
                "case" => TokenKind::Case,
                _ => TokenKind::If,
            };
            (kind, format!("'{name}' statement"))
        }
    };
    let header_line = tree::last_of_kind(cx.parsed, cx.start, keyword)
        .map_or(cx.index.line_of(cx.start), |t| {
            cx.index.line_of(usize::from(t.start()))
        });
    let msg = format!("expected an indented block after {description} on line {header_line}");
    let at_end = cx.index.source()[cx.start.min(cx.index.source().len())..]
        .trim()
        .is_empty();
    let mut error = if at_end {
        // At the end of the file the tokenizer stands after the last line.
        let lineno = cx.index.line_of(cx.start);
        let line_start = cx.index.line_start(lineno);
        let column = cx.text(line_start, cx.index.source().len()).chars().count() as u32;
        SyntaxError {
            kind: ErrorKind::IndentationError,
            msg,
            filename: cx.filename.to_string(),
            lineno,
            offset: column,
            end_lineno: lineno,
            end_offset: COLUMN_MINUS_ONE,
            text: cx.index.line_text(lineno),
        }
    } else {
        cx.at_token(msg, cx.start)
    };
    error.kind = ErrorKind::IndentationError;
    error
}

fn expected_token(cx: &Ctx, expected: TokenKind, found: TokenKind) -> Option<SyntaxError> {
    let brackets = tree::open_brackets(cx.parsed, cx.start);
    match expected {
        TokenKind::Colon if brackets.last() == Some(&TokenKind::Lbrace) => {
            // `{1: 2, 3}`: after the key's last token, with no end.
            let key = tree::token_before(cx.parsed, cx.start)?;
            let (lineno, offset) = cx.index.position(usize::from(key.end()));
            let mut error = cx.at("':' expected after dictionary key", cx.start, cx.start);
            error.lineno = lineno;
            error.end_lineno = lineno;
            error.offset = offset - 1;
            error.end_offset = 0;
            error.text = cx.index.line_text(lineno);
            Some(error)
        }
        TokenKind::Colon if found == TokenKind::Equal && brackets.is_empty() => {
            Some(assignment_in_condition(cx))
        }
        TokenKind::Colon if brackets.is_empty() => {
            let first = tree::line_first_token(cx.parsed, cx.start).map(|t| t.kind());
            let compound = matches!(
                first,
                Some(
                    TokenKind::If
                        | TokenKind::Elif
                        | TokenKind::Else
                        | TokenKind::While
                        | TokenKind::For
                        | TokenKind::Try
                        | TokenKind::Except
                        | TokenKind::Finally
                        | TokenKind::With
                        | TokenKind::Def
                        | TokenKind::Class
                        | TokenKind::Async
                        | TokenKind::Match
                        | TokenKind::Case
                        | TokenKind::At
                )
            );
            // Only a NEWLINE where the colon belongs is "expected ':'" in every compound
            // statement; other tokens only where 3.11 forces the colon (`else`, `try`,
            // `finally`, `def`).
            let forced = matches!(
                first,
                Some(TokenKind::Else | TokenKind::Try | TokenKind::Finally | TokenKind::Def)
            ) || tree::token_before(cx.parsed, cx.start).map(|t| t.kind())
                == Some(TokenKind::Else);
            if compound && (found == TokenKind::Newline || forced) {
                Some(cx.at_token("expected ':'", cx.start))
            } else {
                None
            }
        }
        TokenKind::Comma if !brackets.is_empty() => missing_comma(cx),
        TokenKind::Comma if is_augassign(found) => {
            let first = tree::line_first_token(cx.parsed, cx.start)?;
            let last = tree::token_before(cx.parsed, cx.start)?;
            Some(cx.at(
                "'tuple' is an illegal expression for augmented assignment",
                usize::from(first.start()),
                usize::from(last.end()),
            ))
        }
        TokenKind::Else => if_without_else(cx),
        _ => None,
    }
}

fn is_augassign(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
            | TokenKind::DoubleStarEqual
    )
}

/// `if x = 1:` (3.11's `invalid_named_expression`).
fn assignment_in_condition(cx: &Ctx) -> SyntaxError {
    let target_end = tree::token_before(cx.parsed, cx.start).map(|t| usize::from(t.end()));
    let target =
        target_end.and_then(|end| tree::find_expr(cx.parsed, &|e| usize::from(e.end()) == end));
    // The value runs to the token before the colon (or the line end).
    let mut value_end = cx.end;
    for token in cx
        .parsed
        .tokens()
        .after(ruff_text_size::TextSize::from(cx.end as u32))
    {
        if matches!(token.kind(), TokenKind::Colon | TokenKind::Newline) {
            break;
        }
        value_end = usize::from(token.end());
    }
    match target {
        Some(Expr::Name(name)) => cx.at(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            usize::from(name.start()),
            value_end,
        ),
        Some(target) => cx.at(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(target)
            ),
            usize::from(target.start()),
            usize::from(target.end()),
        ),
        None => cx.generic(),
    }
}

/// `[1 2]`, `f(a b)`: 3.11's `invalid_expression` inside brackets.
fn missing_comma(cx: &Ctx) -> Option<SyntaxError> {
    let previous = tree::token_before(cx.parsed, cx.start)?;
    let starts_expression = tree::token_from(cx.parsed, cx.start).is_some_and(|t| {
        matches!(
            t.kind(),
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringStart
                | TokenKind::Lpar
                | TokenKind::Lsqb
                | TokenKind::Lbrace
                | TokenKind::None
                | TokenKind::True
                | TokenKind::False
                | TokenKind::Tilde
                | TokenKind::Ellipsis
        )
    });
    if !starts_expression {
        return None;
    }
    let prev_end = usize::from(previous.end());
    let first = tree::find_expr(cx.parsed, &|e| {
        usize::from(e.end()) == prev_end && usize::from(e.start()) < prev_end
    })?;
    let second = tree::find_expr(cx.parsed, &|e| usize::from(e.start()) == cx.start)?;
    // NAME STRING is an f-string-like prefix, not a missing comma.
    if first.is_name_expr() && second.is_string_literal_expr() {
        return None;
    }
    Some(cx.at(
        "invalid syntax. Perhaps you forgot a comma?",
        usize::from(first.start()),
        usize::from(second.end()),
    ))
}

/// `a = 1 if b`: 3.11's "expected 'else' after 'if' expression" over the body and test.
fn if_without_else(cx: &Ctx) -> Option<SyntaxError> {
    let previous = tree::token_before(cx.parsed, cx.start)?;
    let test_end = usize::from(previous.end());
    let if_expr = tree::find_expr(cx.parsed, &|e| match e {
        Expr::If(if_) => usize::from(if_.test.end()) == test_end,
        _ => false,
    })?;
    let Expr::If(if_) = if_expr else { return None };
    Some(cx.at(
        "expected 'else' after 'if' expression",
        usize::from(if_.body.start()),
        test_end,
    ))
}

/// `d = {1: 2, 3:}`: the key's colon has no value.
fn expected_expression(cx: &Ctx) -> Option<SyntaxError> {
    let brackets = tree::open_brackets(cx.parsed, cx.start);
    let previous = tree::token_before(cx.parsed, cx.start)?;
    if brackets.last() == Some(&TokenKind::Lbrace) && previous.kind() == TokenKind::Colon {
        return Some(cx.at(
            "expression expected after dictionary key and ':'",
            usize::from(previous.start()),
            usize::from(previous.end()),
        ));
    }
    None
}

/// Two expressions in a row at statement level: `print "x"` is 3.11's
/// `invalid_legacy_expression`; anything else is "invalid syntax" at the second.
fn same_line(cx: &Ctx) -> Option<SyntaxError> {
    let first = tree::line_first_token(cx.parsed, cx.start)?;
    let name = cx.text(usize::from(first.start()), usize::from(first.end()));
    let previous = tree::token_before(cx.parsed, cx.start)?;
    let next_is_paren = tree::token_after(cx.parsed, usize::from(first.start()))
        .is_some_and(|t| t.kind() == TokenKind::Lpar);
    if first.kind() == TokenKind::Name
        && matches!(name, "print" | "exec")
        && previous.start() == first.start()
        && !next_is_paren
    {
        let stmt = tree::stmt_at(cx.parsed, cx.start)?;
        let end = match stmt {
            Stmt::Expr(e) => usize::from(e.value.end()),
            other => usize::from(other.end()),
        };
        return Some(cx.at(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            usize::from(first.start()),
            end,
        ));
    }
    None
}

/// Invalid targets of `=`, `for`, `with ... as` and comprehensions (3.11's
/// `invalid_assignment`, `invalid_named_expression`, `invalid_for_target`).
fn assignment_target(cx: &Ctx) -> Option<SyntaxError> {
    let invalid = cx.expr_exact()?;
    let stmt = tree::stmt_at(cx.parsed, cx.start);
    if let Some(Stmt::Assign(assign)) = stmt {
        let single = assign.targets.len() == 1 && assign.targets[0].range() == invalid.range();
        let excluded = matches!(
            invalid,
            Expr::List(_)
                | Expr::Tuple(_)
                | Expr::Generator(_)
                | Expr::BooleanLiteral(_)
                | Expr::NoneLiteral(_)
                | Expr::Compare(_)
                | Expr::BoolOp(_)
                | Expr::Lambda(_)
                | Expr::If(_)
                | Expr::Named(_)
                | Expr::Starred(_)
        ) || matches!(invalid, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
        let value_ok = !matches!(
            &*assign.value,
            Expr::Compare(_) | Expr::BoolOp(_) | Expr::Lambda(_) | Expr::If(_)
        ) && !matches!(&*assign.value, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
        if single && !excluded && value_ok {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(invalid)
            );
            return Some(cx.at(msg, cx.start, cx.end));
        }
    }
    Some(cx.at(
        format!("cannot assign to {}", expr_name(invalid)),
        cx.start,
        cx.end,
    ))
}
