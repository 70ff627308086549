//! pyvm's compiler: Python 3.11 source to code objects.
//!
//! Passes so far: [`parse`] (the parser crate plus [`syntax_version`], which rejects syntax
//! newer than 3.11 as CPython 3.11 does) and [`symtable`] (scopes and symbols, as CPython's
//! `Python/symtable.c`). Code generation, the flow-graph passes and the assembler come later
//! and share [`SyntaxError`].

pub mod error;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod syntax_version;

pub use error::{ErrorKind, SyntaxError};
pub use parse::{parse_module, ParsedModule};
mod parse_errors;
pub mod validate;
