//! The errors CPython 3.11 raises after parsing, in its compiler (`Python/compile.c`): a
//! statement or expression outside the context that allows it (`'return' outside
//! function`, `'break' outside loop`, `'await' outside async function`, ...), starred
//! expressions where no unpacking happens, repeated keyword arguments and the `match`
//! pattern checks.
//!
//! [`check_source`] is the whole front end's verdict on a source text, in CPython's order:
//! parser and tokenizer errors first, then the symbol table's, then the compiler's (which
//! CPython meets while generating code, so in source order).

mod context;
mod patterns;

use ruff_python_ast::ModModule;

use crate::error::SyntaxError;
use crate::symtable::SymbolTable;

/// Parse, build the symbol table and validate `source` as `compile(source, filename,
/// 'exec')` would, returning the first error CPython 3.11 reports.
pub fn check_source(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let (source, name) = (source.to_owned(), filename.to_owned());
    crate::big_stack::run(move || check_here(&source, &name))
        .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)))
}

fn check_here(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let parsed = crate::parse::parse_module_here(source, filename)?;
    context::check_future_placement(parsed.syntax(), source, filename)?;
    let table = crate::symtable::build(parsed.syntax(), source, filename)?;
    validate(parsed.syntax(), &table, source, filename)
}

/// The compiler's checks on a module that parsed and whose symbol table was built.
pub fn validate(
    module: &ModModule,
    table: &SymbolTable,
    source: &str,
    filename: &str,
) -> Result<(), SyntaxError> {
    context::check(module, table, source, filename)
}
