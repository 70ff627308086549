//! The per-symbol flags and scopes of CPython 3.11's symbol table
//! (`Include/internal/pycore_symtable.h`), with the same bit values so dumps compare
//! directly with `_symtable`'s numbers.

/// `global` statement (or a walrus in a comprehension binding a module-level name).
pub const DEF_GLOBAL: u32 = 1;
/// Bound in this block: assignment, `for`/`with`/`except` targets, `def`/`class` names.
pub const DEF_LOCAL: u32 = 2;
/// A formal parameter.
pub const DEF_PARAM: u32 = 4;
/// `nonlocal` statement (or a walrus in a comprehension binding a function's name).
pub const DEF_NONLOCAL: u32 = 8;
/// The name is read.
pub const USE: u32 = 16;
/// Used but not defined in a nested block (set on the symbol in no 3.11 code path; kept
/// for the numbering).
pub const DEF_FREE: u32 = 32;
/// A class-scope name that a method also uses freely.
pub const DEF_FREE_CLASS: u32 = 64;
/// Bound by `import`.
pub const DEF_IMPORT: u32 = 128;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 256;
/// A comprehension iteration variable.
pub const DEF_COMP_ITER: u32 = 512;

/// Flags that make a name local to its block.
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// `_symtable` stores the scope above the flags at this bit offset.
pub const SCOPE_OFFSET: u32 = 11;

/// Where a name lives, decided by the analysis pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SymbolScope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

impl SymbolScope {
    /// CPython's number for the scope (`LOCAL` = 1 … `CELL` = 5).
    pub fn number(self) -> u32 {
        self as u32
    }
}
