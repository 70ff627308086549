//! CPython 3.11's error for source the parser refused.
//!
//! Two sources of truth are combined, as CPython combines its tokenizer and parser:
//! * [`tokenizer`] re-reads the source as 3.11's tokenizer does. Its errors win over any
//!   parser error (CPython tokenizes the rest of the file after a parser error and reports
//!   a tokenizer error found there instead), except a bracket left open at the end of the
//!   file, which wins only when the parser failed on a later line or at the end.
//! * [`messages`] turns the parser crate's first error (ruff's wording and recovery
//!   position) into the message and position of the 3.11 grammar rule that fails on the
//!   same input, using the tokens and the recovered AST around it.

mod messages;
mod tokenizer;
mod tree;

use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

use crate::error::SyntaxError;
use crate::parse::ParsedModule;
use crate::source::LineIndex;

pub(crate) use tokenizer::TokenizerError;

/// The tokenizer's verdict on the whole source.
pub(crate) fn tokenizer_error(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
) -> Option<TokenizerError> {
    // Characters the parser's lexer refused are the non-identifier characters; the lexer
    // knows Unicode's identifier classes, so its verdict is reused.
    let refused: Vec<usize> = parsed
        .errors()
        .iter()
        .filter(|e| {
            matches!(
                e.error,
                ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { .. })
            )
        })
        .map(|e| usize::from(e.location.start()))
        .collect();
    tokenizer::scan(index, filename, &|at| refused.binary_search(&at).is_ok())
}

/// The 3.11 error for the parser's first error.
pub(crate) fn parser_error(
    index: &LineIndex,
    filename: &str,
    parsed: &ParsedModule,
    error: &ParseError,
) -> SyntaxError {
    messages::translate(index, filename, parsed, error)
}

/// Choose between a tokenizer error and the parser's (or the syntax-version check's) error
/// `parsed_error`, as CPython does. `stopped_at` is the byte offset where the parser
/// stopped reading (CPython compares the line of the last token it read).
pub(crate) fn combine(
    index: &LineIndex,
    tokenizer: Option<TokenizerError>,
    parsed_error: Option<SyntaxError>,
    stopped_at: usize,
) -> Option<SyntaxError> {
    match tokenizer {
        Some(TokenizerError::At(error)) => Some(error),
        Some(TokenizerError::Unclosed { error, line }) => {
            let source = index.source();
            // The parser stopped on the bracket's line: its error stands, unless it ran into
            // the end of the file inside the brackets.
            let at_end = source[stopped_at.min(source.len())..].trim().is_empty();
            match parsed_error {
                Some(parser) if index.line_of(stopped_at) <= line && !at_end => Some(parser),
                _ => Some(error),
            }
        }
        None => parsed_error,
    }
}
