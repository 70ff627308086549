//! pyvm's compiler: Python 3.11 source to code objects.
//!
//! Passes: [`parse`] (the parser crate plus [`syntax_version`], which rejects syntax newer
//! than 3.11 as CPython 3.11 does), [`symtable`] (scopes and symbols, as CPython's
//! `Python/symtable.c`), [`codegen`] (AST to per-scope flow graphs, as `Python/compile.c`),
//! [`flowgraph`] (the CFG optimiser and line-number passes) and [`assemble`] (code objects
//! with CPython's byte code, location table and exception table). All share [`SyntaxError`].

pub mod assemble;
mod big_stack;
pub mod caret;
pub mod codegen;
pub mod decode;
pub mod error;
pub mod flowgraph;
pub mod parse;
pub mod source;
pub mod symtable;
pub mod syntax_version;

pub use codegen::{
    compile_expression_source, compile_interactive_source, compile_module, compile_source,
};
pub use error::{ErrorKind, SyntaxError};
pub use parse::{parse_module, ParsedModule};
mod parse_errors;
pub mod validate;
