//! Second step of the symbol table pass: decide each name's scope (CPython's `analyze_block`
//! and `analyze_name`), walking scopes top-down with the names bound and declared global in
//! the enclosing scopes, and passing free variables back up.

use std::collections::BTreeSet;

use super::flags::*;
use super::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use crate::error::SyntaxError;
use crate::source::LineIndex;

/// Name sets; ordered so results never depend on hashing.
type Names = BTreeSet<String>;

struct Analyzer<'a> {
    index: &'a LineIndex<'a>,
    filename: &'a str,
}

pub(super) fn analyze(
    table: &mut SymbolTable,
    index: &LineIndex,
    filename: &str,
) -> Result<(), SyntaxError> {
    let analyzer = Analyzer { index, filename };
    let mut free = Names::new();
    let mut global = Names::new();
    analyzer.analyze_block(table, 0, None, &mut free, &mut global)
}

impl Analyzer<'_> {
    /// Error placed at the `global`/`nonlocal` statement that declared `name`.
    fn error_at_directive(
        &self,
        table: &SymbolTable,
        id: ScopeId,
        name: &str,
        msg: String,
    ) -> SyntaxError {
        let (start, end) = table.scopes[id]
            .directives
            .iter()
            .find(|d| d.name == name)
            .map_or((0, 0), |d| (d.start, d.end));
        self.index.compile_error(msg, self.filename, start, end)
    }

    /// `bound`: names bound in enclosing function scopes (`None` at module level);
    /// `free`: collects this block's free names for the parent; `global`: names known global.
    fn analyze_block(
        &self,
        table: &mut SymbolTable,
        id: ScopeId,
        mut bound: Option<&mut Names>,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<(), SyntaxError> {
        let kind = table.scopes[id].kind;
        let mut local = Names::new();
        let mut scopes: Vec<SymbolScope> = Vec::with_capacity(table.scopes[id].symbols.len());
        let mut new_global = Names::new();
        let mut new_bound = Names::new();
        let mut new_free = Names::new();

        // A class body's names are invisible to nested functions, so its children see only
        // what the class itself saw.
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().cloned());
            }
        }
        for i in 0..table.scopes[id].symbols.len() {
            let (name, flags) = {
                let s = &table.scopes[id].symbols[i];
                (s.name.clone(), s.flags)
            };
            let scope = self.analyze_name(
                table,
                id,
                &name,
                flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.push(scope);
        }
        if kind != ScopeKind::Class {
            if kind == ScopeKind::Function {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(b) = bound.as_deref() {
                new_bound.extend(b.iter().cloned());
            }
            new_global.extend(global.iter().cloned());
        } else {
            // Methods may refer to the class being defined through `__class__`.
            new_bound.insert("__class__".to_string());
        }

        let mut all_free = Names::new();
        let children = table.scopes[id].children.clone();
        for child in children {
            let mut child_bound = new_bound.clone();
            let mut child_free = new_free.clone();
            let mut child_global = new_global.clone();
            self.analyze_block(
                table,
                child,
                Some(&mut child_bound),
                &mut child_free,
                &mut child_global,
            )?;
            all_free.extend(child_free);
            let c = &table.scopes[child];
            if c.has_free || c.child_free {
                table.scopes[id].child_free = true;
            }
        }
        new_free.extend(all_free);

        match kind {
            // Locals that children use freely become cells.
            ScopeKind::Function => {
                for (i, scope) in scopes.iter_mut().enumerate() {
                    if *scope == SymbolScope::Local {
                        let name = &table.scopes[id].symbols[i].name;
                        if new_free.remove(name) {
                            *scope = SymbolScope::Cell;
                        }
                    }
                }
            }
            ScopeKind::Class if new_free.remove("__class__") => {
                table.scopes[id].needs_class_closure = true;
            }
            _ => {}
        }
        self.update_symbols(
            table,
            id,
            &scopes,
            bound.as_deref(),
            &new_free,
            kind == ScopeKind::Class,
        );
        free.extend(new_free);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        table: &mut SymbolTable,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<SymbolScope, SyntaxError> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                let msg = format!("name '{name}' is nonlocal and global");
                return Err(self.error_at_directive(table, id, name, msg));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                let msg = "nonlocal declaration not allowed at module level".to_string();
                return Err(self.error_at_directive(table, id, name, msg));
            };
            if !b.contains(name) {
                let msg = format!("no binding for nonlocal '{name}' found");
                return Err(self.error_at_directive(table, id, name, msg));
            }
            table.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(SymbolScope::Local);
        }
        // Bound in an enclosing function: free here.
        if bound.is_some_and(|b| b.contains(name)) {
            table.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
        if global.contains(name) {
            return Ok(SymbolScope::GlobalImplicit);
        }
        if table.scopes[id].nested {
            table.scopes[id].has_free = true;
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// Store the scopes, then add free names of children that pass through this scope.
    fn update_symbols(
        &self,
        table: &mut SymbolTable,
        id: ScopeId,
        scopes: &[SymbolScope],
        bound: Option<&Names>,
        free: &Names,
        is_class: bool,
    ) {
        let scope = &mut table.scopes[id];
        for (symbol, s) in scope.symbols.iter_mut().zip(scopes) {
            symbol.scope = Some(*s);
        }
        for name in free {
            if let Some(symbol) = scope.symbol_mut(name) {
                // A method's free variable that the class also binds or declares global.
                if is_class && symbol.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    symbol.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            // Not bound by any enclosing function: it is a global, not free here.
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            scope.set_flags(name, 0);
            if let Some(symbol) = scope.symbol_mut(name) {
                symbol.scope = Some(SymbolScope::Free);
            }
        }
    }
}
