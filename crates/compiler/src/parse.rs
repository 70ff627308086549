//! Parsing: source text to the parser crate's AST, with every error turned into
//! [`SyntaxError`].
//!
//! The parser is Astral's `ruff_python_parser`. It accepts syntax newer than 3.11 (it targets
//! the latest Python); [`crate::syntax_version`] then rejects what 3.11 would reject, with
//! CPython 3.11's message and position.
//!
//! Errors are reported as CPython 3.11 reports them (`parse_errors`): a scan of the
//! source as 3.11's tokenizer reads it supplies the tokenizer's errors (which win, as in
//! CPython), and the parser crate's first error is rewritten into the message and position
//! of the 3.11 grammar rule that fails on the same input. `tests/syntax_errors.rs` holds the
//! cases checked against CPython and the known differences.

use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions, Parsed};

use crate::error::{ErrorKind, SyntaxError};
use crate::parse_errors;
use crate::source::LineIndex;
use crate::syntax_version;

/// A parsed module, still holding the parser's tokens (the syntax-version check and later
/// passes that need exact token positions use them).
pub type ParsedModule = Parsed<ModModule>;

/// Parse `source` as a module (`compile(..., 'exec')`) and reject syntax newer than 3.11.
///
/// 3.11 reads left to right, so a too-new construct before the parser's first error is what
/// 3.11 reports (e.g. `f'{a#}'`: ruff's lexer, following PEP 701, fails later in the file).
pub fn parse_module(source: &str, filename: &str) -> Result<ParsedModule, SyntaxError> {
    // The parser's tree is dropped on the worker too when refused for its depth (dropping
    // also recurses).
    let (source, name) = (source.to_owned(), filename.to_owned());
    crate::big_stack::run(move || parse_module_here(&source, &name))
        .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)))
}

/// CPython 3.11's tokenizer limits (`MAXLEVEL`, `MAXINDENT`).
const MAX_BRACKET_DEPTH: usize = 200;
const MAX_INDENT_LEVEL: usize = 100;
/// Longest run of prefix operators accepted (`- - - x`, `not not x`): each adds an AST level.
/// CPython fails past a few thousand levels (parser stack or compiler recursion limit).
const MAX_PREFIX_RUN: usize = 2000;
/// Longest chain of binary operators or attribute dots between separators at one bracket
/// level; CPython 3.11's compiler stops at about 3000 nested levels.
const MAX_CHAIN: usize = 3000;

pub(crate) fn parse_module_here(source: &str, filename: &str) -> Result<ParsedModule, SyntaxError> {
    parse_module_indexed(&LineIndex::new(source), filename)
}

/// [`parse_module_here`] with the source's line index already made (the compiler shares one
/// between all its passes).
pub(crate) fn parse_module_indexed(
    index: &LineIndex,
    filename: &str,
) -> Result<ParsedModule, SyntaxError> {
    let source = index.source();
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let first_error = first_parse_error(source, parsed.errors());
    let parsed = parsed.try_into_module().ok_or_else(|| SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: "parser returned a non-module tree".into(),
        filename: filename.to_string(),
        lineno: 1,
        offset: 0,
        end_lineno: 1,
        end_offset: 0,
        text: None,
    })?;
    // Tokenizer errors come first: CPython's tokenizer raises them where it reads them and,
    // after a parser error, tokenizes the rest of the file and prefers one found there.
    let tokenizer_error = parse_errors::tokenizer_error(index, filename, &parsed);
    if let Some(parse_errors::TokenizerError::At(error)) = tokenizer_error {
        return Err(error);
    }
    check_nesting(index, filename, &parsed)?;
    let limit = first_error
        .as_ref()
        .map_or(usize::MAX, |e| usize::from(e.location.start()));
    let parser_error = match syntax_version::check_before(index, filename, &parsed, limit) {
        Err(error) => Some(error),
        Ok(()) => first_error
            .as_ref()
            .map(|err| parse_errors::parser_error(index, filename, &parsed, err)),
    };
    match parse_errors::combine(index, tokenizer_error, parser_error, limit) {
        Some(error) => Err(error),
        None => Ok(parsed),
    }
}

/// The parser error 3.11 reports: the first in the source, except that an invalid assignment
/// target which is itself incomplete (`a + = 1`) yields to the error inside it, where 3.11's
/// parser stops.
fn first_parse_error(
    source: &str,
    errors: &[ruff_python_parser::ParseError],
) -> Option<ruff_python_parser::ParseError> {
    use ruff_python_parser::ParseErrorType;
    let first = errors.iter().min_by_key(|e| e.location.start())?;
    if matches!(first.error, ParseErrorType::InvalidAssignmentTarget) {
        // The missing operand of `a + ` is reported at the token after the blanks.
        let end = usize::from(first.location.end());
        let blanks = source.get(end..).map_or(0, |rest| {
            rest.len() - rest.trim_start_matches([' ', '\t']).len()
        });
        let reach = ruff_text_size::TextSize::from((end + blanks) as u32);
        let inner = errors
            .iter()
            .filter(|e| {
                !std::ptr::eq(*e, first)
                    && e.location.start() > first.location.start()
                    && e.location.start() <= reach
            })
            .min_by_key(|e| e.location.start());
        if let Some(inner) = inner {
            return Some(inner.clone());
        }
    }
    Some(first.clone())
}

/// Refuse nesting deeper than CPython's tokenizer allows, so ASTs handed out stay shallow
/// enough to walk and drop on an ordinary stack. Unfinished: long binary-operator chains
/// (`1+1+...`) build left-deep trees; past [`MAX_CHAIN`] operators in one chain the source is
/// refused with the message of the `RecursionError` CPython 3.11's compiler raises there
/// (pyvm has no `RecursionError` kind of compile error yet: it is reported as a SyntaxError).
fn check_nesting(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
) -> Result<(), SyntaxError> {
    use ruff_python_ast::token::TokenKind;
    use ruff_text_size::Ranged;
    let (mut brackets, mut indent, mut prefix_run) = (0usize, 0usize, 0usize);
    let mut previous = TokenKind::Newline;
    // Operators seen since the last separator, per open bracket level.
    let mut chains: Vec<usize> = vec![0];
    for token in parsed.tokens().iter() {
        let kind = token.kind();
        let start = usize::from(token.start());
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => chains.push(0),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if chains.len() > 1 => {
                chains.pop();
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {}
            TokenKind::Plus
            | TokenKind::Minus
            | TokenKind::Star
            | TokenKind::Slash
            | TokenKind::DoubleSlash
            | TokenKind::Percent
            | TokenKind::At
            | TokenKind::DoubleStar
            | TokenKind::Vbar
            | TokenKind::Amper
            | TokenKind::CircumFlex
            | TokenKind::LeftShift
            | TokenKind::RightShift
            | TokenKind::Dot => {
                if let Some(chain) = chains.last_mut() {
                    *chain += 1;
                    if *chain > MAX_CHAIN {
                        return Err(index.error(
                            ErrorKind::SyntaxError,
                            "maximum recursion depth exceeded during compilation",
                            filename,
                            start,
                            start,
                        ));
                    }
                }
            }
            TokenKind::Comma
            | TokenKind::Colon
            | TokenKind::Semi
            | TokenKind::Newline
            | TokenKind::Equal
            | TokenKind::ColonEqual => {
                if let Some(chain) = chains.last_mut() {
                    *chain = 0;
                }
            }
            _ => {}
        }
        match kind {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets > MAX_BRACKET_DEPTH {
                    return Err(index.error(
                        ErrorKind::SyntaxError,
                        "too many nested parentheses",
                        filename,
                        start,
                        start + 1,
                    ));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                brackets = brackets.saturating_sub(1)
            }
            TokenKind::Indent => {
                indent += 1;
                if indent >= MAX_INDENT_LEVEL {
                    return Err(index.error(
                        ErrorKind::IndentationError,
                        "too many levels of indentation",
                        filename,
                        start,
                        start,
                    ));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
        let is_prefix = matches!(
            kind,
            TokenKind::Minus
                | TokenKind::Plus
                | TokenKind::Tilde
                | TokenKind::Not
                | TokenKind::Await
        );
        let follows_operand = matches!(
            previous,
            TokenKind::Name
                | TokenKind::Int
                | TokenKind::Float
                | TokenKind::Complex
                | TokenKind::String
                | TokenKind::FStringEnd
                | TokenKind::Rpar
                | TokenKind::Rsqb
                | TokenKind::Rbrace
        );
        prefix_run = if is_prefix && !follows_operand {
            prefix_run + 1
        } else {
            0
        };
        if prefix_run > MAX_PREFIX_RUN {
            return Err(index.error(
                ErrorKind::SyntaxError,
                "too many nested operators (pyvm limit; CPython raises RecursionError)",
                filename,
                start,
                start,
            ));
        }
        previous = kind;
    }
    Ok(())
}

/// Parse `source` as a single expression (`compile(..., 'eval')`).
///
/// Errors the module grammar also reports come from [`parse_module`] (so messages match
/// CPython's); CPython's eval mode differs there only in that `text` is the bare line and an
/// "invalid syntax" at the end of the input has offset 0. Source that is a valid module but
/// not one expression (`x = 1`, `1; 2`, `import os`) fails at the first token the expression
/// grammar cannot take, with "invalid syntax".
pub fn parse_expression(
    source: &str,
    filename: &str,
) -> Result<ruff_python_ast::ModExpression, SyntaxError> {
    if let Err(mut e) = parse_module(source, filename) {
        eval_mode_error_position(source, &mut e);
        return Err(e);
    }
    let options = ParseOptions::from(Mode::Expression).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let first_error = parsed
        .errors()
        .iter()
        .min_by_key(|e| e.location.start())
        .cloned();
    if let Some(err) = first_error {
        let index = LineIndex::new(source);
        let start = usize::from(err.location.start());
        // The error covers the offending token, as CPython's caret does.
        let end = parsed
            .tokens()
            .iter()
            .find(|t| usize::from(ruff_text_size::Ranged::start(*t)) >= start)
            .map_or(start, |t| usize::from(ruff_text_size::Ranged::end(t)));
        let mut e = index.error(
            ErrorKind::SyntaxError,
            "invalid syntax",
            filename,
            start,
            end,
        );
        eval_mode_error_position(source, &mut e);
        return Err(e);
    }
    match parsed.into_syntax() {
        ruff_python_ast::Mod::Expression(e) => Ok(e),
        ruff_python_ast::Mod::Module(_) => Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: filename.to_string(),
            lineno: 1,
            offset: 0,
            end_lineno: 1,
            end_offset: 0,
            text: None,
        }),
    }
}

/// CPython's eval-mode parser does not add a final newline to the input: the error's line has
/// none, and an error at the very end of the input has no column.
fn eval_mode_error_position(source: &str, e: &mut SyntaxError) {
    let at_end_of_input = e.text.as_deref().is_some_and(|t| {
        let line = t.trim_end_matches('\n');
        !source.ends_with('\n')
            && e.lineno as usize == source.split('\n').count()
            && e.offset as usize == line.chars().count() + 1
    });
    if let Some(t) = &mut e.text {
        if !source.ends_with('\n')
            && t.ends_with('\n')
            && e.lineno as usize == source.split('\n').count()
        {
            t.pop();
        }
    }
    if at_end_of_input && e.msg == "invalid syntax" {
        e.offset = 0;
        e.end_offset = 0;
    }
}
