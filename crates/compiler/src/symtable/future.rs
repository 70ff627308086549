//! `from __future__ import ...` at the top of a module (CPython's `Python/future.c`).
//!
//! Only `annotations` changes the symbol table (annotations are then not evaluated, so their
//! names are recorded in a throw-away block). The error for a future import after other
//! statements belongs to the code generator (CPython raises it while compiling the import).

use ruff_python_ast::{Expr, ModModule, Stmt};
use ruff_text_size::Ranged;

use crate::error::{ErrorKind, SyntaxError};
use crate::source::LineIndex;

/// Features 3.11 knows; all but `annotations` are no-ops by now.
const KNOWN_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether the module starts with `from __future__ import annotations` (after an optional
/// docstring and other future imports); errors for unknown features.
pub fn future_annotations(
    module: &ModModule,
    index: &LineIndex,
    filename: &str,
) -> Result<bool, SyntaxError> {
    let mut body = module.body.iter().peekable();
    if let Some(Stmt::Expr(first)) = body.peek() {
        if matches!(*first.value, Expr::StringLiteral(_)) {
            body.next();
        }
    }
    let mut annotations = false;
    for stmt in body {
        let Stmt::ImportFrom(import) = stmt else {
            break;
        };
        let is_future = import.level == 0
            && import
                .module
                .as_ref()
                .is_some_and(|m| m.id.as_str() == "__future__");
        if !is_future {
            break;
        }
        for alias in &import.names {
            let name = alias.name.id.as_str();
            if name == "annotations" {
                annotations = true;
            } else if !KNOWN_FEATURES.contains(&name) {
                let msg = if name == "braces" {
                    "not a chance".to_string()
                } else {
                    format!("future feature {name} is not defined")
                };
                // CPython places these at the statement's start with no end column.
                let start = usize::from(stmt.start());
                let (lineno, offset) = index.byte_position(start);
                return Err(SyntaxError {
                    kind: ErrorKind::SyntaxError,
                    msg,
                    filename: filename.to_string(),
                    lineno,
                    offset,
                    end_lineno: lineno,
                    end_offset: 0,
                    text: None,
                });
            }
        }
    }
    Ok(annotations)
}
