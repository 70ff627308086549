//! The compiler's error type, shared by every pass (parsing, the syntax-version check, the
//! symbol table and, later, code generation).
//!
//! It carries exactly the fields of CPython's `SyntaxError` so the VM can build the Python
//! exception object from it without translation.

use std::fmt;

/// Which Python exception class the error becomes. `IndentationError` and `TabError` are
/// subclasses of `SyntaxError` in Python; they are kept apart because tracebacks print the
/// class name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    /// The Python class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error with CPython's `SyntaxError` attributes.
///
/// Positions follow CPython: `lineno`/`end_lineno` count from 1, `offset`/`end_offset` are
/// 1-based columns, and 0 means "unknown" (CPython's `None`; e.g. `__future__` errors have no
/// `end_offset`). Parser and tokenizer errors count columns in characters; errors from the
/// symbol table and compiler count UTF-8 bytes, as CPython 3.11 does. `text` is the source line
/// the error points into, with its newline when the source had one; `None` where CPython has
/// none (compiler errors for source not read from a file). CPython's tokenizer sometimes
/// reports a column of `-1` (e.g. `end_offset` of "unexpected indent"); that is
/// [`COLUMN_MINUS_ONE`], distinct from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
}

/// CPython's `-1` in `offset`/`end_offset`: Python code can see it, so it is kept apart from
/// 0 (`None`). [`SyntaxError::py_column`] turns a stored column into the Python value.
pub const COLUMN_MINUS_ONE: u32 = u32::MAX;

impl SyntaxError {
    /// A stored column as the Python attribute holds it (`None` is 0, [`COLUMN_MINUS_ONE`] is
    /// -1).
    pub fn py_column(column: u32) -> i64 {
        if column == COLUMN_MINUS_ONE {
            -1
        } else {
            i64::from(column)
        }
    }
}

impl fmt::Display for SyntaxError {
    /// `str(exc)` in CPython: `msg (filename, line N)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
