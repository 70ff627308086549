//! A canonical text dump of a symbol table, the same text `tools/regen_symtable_golden.py`
//! prints from CPython's `symtable` module, so the two compare line by line.
//!
//! Format: one `scope` line per scope (depth-first, children in source order), its
//! parameters, then one `sym` line per symbol in insertion order, except that free variables
//! which only pass through a scope (flags 0, appended by the analysis) are sorted by name
//! because CPython appends them in hash order. Each `sym` line holds the raw flags, the scope
//! number, and the `symtable.Symbol` predicates as 0/1 in this order: referenced, assigned,
//! global, declared_global, local, free, parameter, imported, annotated, nonlocal.

use std::fmt::Write;

use super::flags::*;
use super::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::error::SyntaxError;

/// The dump of a whole table.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, 0, 0, &mut out);
    out
}

/// The dump of a failed build: CPython's message and position.
pub fn dump_error(error: &SyntaxError) -> String {
    let end_offset = match error.end_offset {
        0 => "None".to_string(),
        n => n.to_string(),
    };
    format!(
        "error {}: {} @ {}:{}-{}:{}\n",
        error.kind.name(),
        error.msg,
        error.lineno,
        error.offset,
        error.end_lineno,
        end_offset
    )
}

fn dump_scope(table: &SymbolTable, id: ScopeId, depth: usize, out: &mut String) {
    let scope = &table.scopes[id];
    let indent = "  ".repeat(depth);
    let optimized = scope.kind == ScopeKind::Function;
    let _ = writeln!(
        out,
        "{indent}scope {} {} line={} optimized={} nested={} children={}",
        scope.kind.type_name(),
        scope.name,
        scope.lineno,
        u8::from(optimized),
        u8::from(scope.nested),
        scope.children.len()
    );
    if scope.kind == ScopeKind::Function {
        let _ = writeln!(out, "{indent}  params: {}", scope.varnames.join(", "));
    }
    let (declared, mut passing): (Vec<_>, Vec<_>) =
        scope.symbols.iter().partition(|s| s.flags != 0);
    passing.sort_by(|a, b| a.name.cmp(&b.name));
    for symbol in declared.into_iter().chain(passing) {
        let flags = symbol.flags;
        let number = symbol.scope.map_or(0, SymbolScope::number);
        let s = symbol.scope;
        // `symtable.Symbol` counts bound names of a table named "top" (the module, or a
        // function that happens to be called `top`) as both global and local.
        let module_bound = scope.name == "top" && flags & DEF_BOUND != 0;
        let bits = [
            flags & USE != 0,
            flags & DEF_LOCAL != 0,
            matches!(
                s,
                Some(SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit)
            ) || module_bound,
            s == Some(SymbolScope::GlobalExplicit),
            matches!(s, Some(SymbolScope::Local | SymbolScope::Cell)) || module_bound,
            s == Some(SymbolScope::Free),
            flags & DEF_PARAM != 0,
            flags & DEF_IMPORT != 0,
            flags & DEF_ANNOT != 0,
            flags & DEF_NONLOCAL != 0,
        ];
        let bits: String = bits.iter().map(|&b| if b { '1' } else { '0' }).collect();
        let _ = writeln!(
            out,
            "{indent}  sym {} flags={} scope={} {}",
            symbol.name, flags, number, bits
        );
    }
    for &child in &scope.children {
        dump_scope(table, child, depth + 1, out);
    }
}
