//! The symbol table pass: which names each scope binds, uses, declares, and where every
//! name lives (local, global, free or cell), as CPython 3.11's `Python/symtable.c`.
//!
//! The pass runs in two steps, like CPython's:
//! 1. [`builder`] (with [`visit_expr`]) walks the AST, opening a [`Scope`] for the module,
//!    each class, function, lambda and comprehension (3.11 comprehensions are functions; the
//!    first iterator is evaluated in the enclosing scope), and records `DEF_*` flags per name.
//! 2. [`analyze`] resolves each name's [`SymbolScope`], turns locals captured by inner
//!    functions into cells, passes free variables up through enclosing scopes (class scopes
//!    included) and sets the implicit `__class__` cell.
//!
//! Orders the code generator needs:
//! * [`Scope::symbols`] keeps insertion order (CPython's dict order). Free variables that
//!   only pass through a scope are appended last, sorted by name (CPython appends them in
//!   set-iteration order, which depends on string hashes; nothing downstream reads that order).
//! * [`Scope::varnames`] are the parameters in `co_varnames` order (positional-only, regular,
//!   keyword-only, `*args`, `**kwargs`); further locals join `co_varnames` in the order the
//!   code generator first meets them, which is not decided here.
//! * [`Scope::cellvars`] and [`Scope::freevars`] return names sorted, as `compile.c`'s
//!   `dictbytype` orders `co_cellvars`/`co_freevars` (with `__class__` as a class's only
//!   cell when a method needs it).

mod analyze;
mod builder;
pub mod cases;
pub mod dump;
pub mod flags;
mod future;
mod visit_expr;

use rustc_hash::FxHashMap as HashMap;

pub use flags::SymbolScope;
use flags::*;

use crate::error::SyntaxError;
use crate::source::LineIndex;
use ruff_python_ast::ModModule;

/// Index of a scope in [`SymbolTable::scopes`].
pub type ScopeId = usize;

/// CPython's block types. `Annotation` blocks exist only while visiting annotations under
/// `from __future__ import annotations`; they are never linked as children.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Annotation,
}

impl ScopeKind {
    /// The type name `symtable.SymbolTable.get_type()` reports.
    pub fn type_name(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            ScopeKind::Function | ScopeKind::Annotation => "function",
        }
    }
}

/// Which comprehension a function scope implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// One name in a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name, mangled (`__x` in class `C` is `_C__x`).
    pub name: String,
    /// `DEF_*`/`USE` bits from [`flags`].
    pub flags: u32,
    /// Set by the analysis; `None` only if analysis has not run.
    pub scope: Option<SymbolScope>,
}

/// A `global`/`nonlocal` statement location (also recorded for comprehension walrus
/// targets), used to place errors found during analysis. Byte offsets into the source.
#[derive(Clone, Debug)]
pub(crate) struct Directive {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top` for the module, the def/class name, `lambda`, `listcomp`, `setcomp`,
    /// `dictcomp` or `genexpr`.
    pub name: String,
    pub lineno: u32,
    /// 0-based byte column of the scope's node, as CPython's `col_offset`.
    pub col_offset: u32,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters in order (comprehensions: the implicit `.0`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub(crate) directives: Vec<Directive>,
    /// Nested inside a function (directly or through other scopes).
    pub nested: bool,
    /// This scope has free variables.
    pub has_free: bool,
    /// A child scope has free variables (including free references to globals).
    pub child_free: bool,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A `return` with a value appears directly in this scope.
    pub returns_value: bool,
    /// Class scopes: a method uses `__class__` or `super`, so the class creates the cell.
    pub needs_class_closure: bool,
    pub(crate) comp_iter_target: bool,
    pub(crate) comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, lineno: u32, col_offset: u32, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            lineno,
            col_offset,
            symbols: Vec::new(),
            index: HashMap::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            nested,
            has_free: false,
            child_free: false,
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            has_varargs: false,
            has_varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The symbol named `name` (already mangled), if the scope has one.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The flags of `name`, 0 when absent (CPython's `_PyST_GetSymbol`).
    pub fn flags_of(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    pub(crate) fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags,
                    scope: None,
                });
            }
        }
    }

    pub(crate) fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        self.index.get(name).map(|&i| &mut self.symbols[i])
    }

    /// The scope of `name` after analysis.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).and_then(|s| s.scope)
    }

    /// `co_cellvars`: cell names sorted; a class's only cell is `__class__`.
    pub fn cellvars(&self) -> Vec<String> {
        if self.kind == ScopeKind::Class {
            return if self.needs_class_closure {
                vec!["__class__".to_string()]
            } else {
                Vec::new()
            };
        }
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(SymbolScope::Cell))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }

    /// `co_freevars`: free names sorted, including class names also used by methods.
    pub fn freevars(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == Some(SymbolScope::Free) || s.flags & DEF_FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// The symbol tables of one module: every scope, the module first.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The scope each class, function, lambda and comprehension node opened, keyed by the
    /// node's byte range (how the code generator finds a node's scope, as CPython looks
    /// entries up by AST node).
    pub node_scopes: HashMap<(u32, u32), ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    /// The module scope.
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }

    /// Children of `id` in source order.
    pub fn children(&self, id: ScopeId) -> impl Iterator<Item = &Scope> {
        self.scopes[id].children.iter().map(|&c| &self.scopes[c])
    }
}

/// Parse `source` and build its symbol table, or the dump of the error (the text the golden
/// files hold for either outcome).
pub fn dump_source(source: &str, filename: &str) -> String {
    let (source, name) = (source.to_owned(), filename.to_owned());
    let result = crate::big_stack::run(move || {
        crate::parse::parse_module_here(&source, &name)
            .and_then(|parsed| build(parsed.syntax(), &source, &name))
    })
    .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)));
    match result {
        Ok(table) => dump::dump(&table),
        Err(error) => dump::dump_error(&error),
    }
}

/// Build and analyse the symbol table of a parsed module.
pub fn build(module: &ModModule, source: &str, filename: &str) -> Result<SymbolTable, SyntaxError> {
    build_indexed(module, &LineIndex::new(source), filename)
}

/// [`build`] with the source's line index already made (the compiler makes one per file
/// and shares it between its passes).
pub fn build_indexed(
    module: &ModModule,
    index: &LineIndex,
    filename: &str,
) -> Result<SymbolTable, SyntaxError> {
    let future_annotations = future::future_annotations(module, index, filename)?;
    let mut table = builder::Builder::run(module, index, filename, future_annotations)?;
    analyze::analyze(&mut table, index, filename)?;
    Ok(table)
}
