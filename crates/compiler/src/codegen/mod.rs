//! Code generation: AST + symbol table → per-scope flow graphs → code objects, following
//! CPython 3.11's `Python/compile.c` (the `compiler_*` functions).
//!
//! The [`Compiler`] keeps a stack of [`UnitState`]s (CPython's `compiler_unit`), one per code
//! object being generated. Each instruction takes the unit's current location, which
//! statements and expressions set as CPython's `SET_LOC` does (and `UNSET_LOC` clears for
//! "artificial" code). Constant folding ([`fold`]) stands in for CPython's AST optimiser:
//! instead of rewriting the tree, each expression is asked for its folded value when it is
//! compiled.

mod asyncgen;
mod call;
mod cond;
pub mod consts;
mod expr;
mod fold;
mod func;
mod pattern;
mod stmt;
mod tryexc;
mod trystar;
mod unparse;

use std::borrow::Cow;

use bytecode::code::CodeObject;
use bytecode::object::{Obj, Value};
use bytecode::opcode::Opcode;
use ruff_python_ast::{ModModule, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::assemble::{self, Unit};
use crate::error::{ErrorKind, SyntaxError};
use crate::flowgraph::ir::{BlockId, Cfg, Instr, Loc, Op};
use crate::source::LineIndex;
use crate::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use consts::{CodeRef, Const, ConstPool, NamePool};

/// `STACK_USE_GUIDELINE`: above this many items, containers and calls are built
/// incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// Nesting deeper than this is refused rather than risking the native stack.
const MAX_DEPTH: u32 = 2500;

pub type CResult<T = ()> = Result<T, SyntaxError>;

/// CPython's `COMPILER_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Frame blocks (`fblocktype`): what `break`, `continue` and `return` must unwind.
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    WhileLoop { start: BlockId, exit: BlockId },
    ForLoop { start: BlockId, exit: BlockId },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With { loc: Loc, is_async: bool },
    HandlerCleanup { name: Option<String> },
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One code object under construction (`struct compiler_unit`).
pub struct UnitState<'a> {
    pub scope: ScopeId,
    pub scope_type: ScopeType,
    pub cfg: Cfg,
    pub cur: BlockId,
    pub consts: ConstPool,
    pub names: NamePool,
    pub varnames: NamePool,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub private: Option<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
    pub loc: Loc,
    pub fblocks: Vec<FBlock<'a>>,
    /// The (so far empty) block opened right after a `return` statement: a unit ending
    /// there needs no implicit `return None`, as in CPython, where the current block is
    /// still the one ending in `RETURN_VALUE`.
    pub after_return: Option<BlockId>,
    pub name: String,
    pub qualname: String,
}

/// The code generator for one module.
pub struct Compiler<'a> {
    pub index: &'a LineIndex<'a>,
    pub filename: &'a str,
    pub table: &'a SymbolTable,
    pub units: Vec<UnitState<'a>>,
    /// Names bound by an `import` at module level (`is_import_originated`).
    pub depth: u32,
    /// `compile(..., 'single')`: module-level expression statements print their value
    /// (`PRINT_EXPR`) instead of discarding it (CPython's `c_interactive`).
    pub interactive: bool,
    /// The last range [`Self::loc_of`] converted and its location: a node's location is
    /// asked for again and again while its code is generated.
    last_loc: std::cell::Cell<(TextRange, Loc)>,
}

/// Compile a parsed module to its code object (`compile(source, filename, 'exec')`).
pub fn compile_module(
    module: &ModModule,
    source: &str,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    compile_module_indexed(module, &LineIndex::new(source), filename)
}

/// [`compile_module`] with the source's line index already made.
fn compile_module_indexed(
    module: &ModModule,
    index: &LineIndex,
    filename: &str,
) -> Result<CodeObject, SyntaxError> {
    let table = crate::symtable::build_indexed(module, index, filename)?;
    let mut c = Compiler::for_module(index, filename, &table, false)?;
    c.compiler_body(&module.body)?;
    c.finish_unit(true)
}

/// Parse and compile `source` (the whole pipeline), on the compiler's big-stack worker
/// ([`crate::big_stack`]).
pub fn compile_source(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let (source, name) = (source.to_owned(), filename.to_owned());
    crate::big_stack::run(move || {
        // One line index serves every pass.
        let index = LineIndex::new(&source);
        crate::parse::parse_module_indexed(&index, &name)
            .and_then(|parsed| compile_module_indexed(parsed.syntax(), &index, &name))
    })
    .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)))
}

/// Compile `source` as one interactive statement (`compile(source, filename, 'single')`):
/// no docstring, and expression statements at module level go to `sys.displayhook`.
pub fn compile_interactive_source(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let (source, name) = (source.to_owned(), filename.to_owned());
    crate::big_stack::run(move || interactive_here(&source, &name))
        .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)))
}

fn interactive_here(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let parsed = crate::parse::parse_module_here(source, filename)?;
    let module = parsed.syntax();
    let index = LineIndex::new(source);
    if module.body.is_empty() {
        // CPython's `single_input` needs a statement; an empty input fails at 0:0.
        return Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "invalid syntax".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: Some(String::new()),
        });
    }
    // Several simple statements on one line (`x = 1; y = 2`) are one interactive statement;
    // a statement starting on a later line is not.
    let first_line = index.position(module.body[0].range().start().into()).0;
    let last_of_first = module
        .body
        .iter()
        .take_while(|s| index.position(s.range().start().into()).0 == first_line)
        .count();
    if last_of_first < module.body.len() {
        let end = usize::from(module.body[last_of_first - 1].range().end());
        return Err(index.error(
            ErrorKind::SyntaxError,
            "multiple statements found while compiling a single statement",
            filename,
            end,
            end,
        ));
    }
    let table = crate::symtable::build_indexed(module, &index, filename)?;
    let mut c = Compiler::for_module(&index, filename, &table, true)?;
    if stmt::find_ann(&module.body) {
        c.op(Opcode::SETUP_ANNOTATIONS);
    }
    c.visit_stmts(&module.body)?;
    c.finish_unit(true)
}

/// Compile `source` as one expression (`compile(source, filename, 'eval')`): a `<module>`
/// code object that evaluates the expression and returns it (CPython's `Expression_kind` in
/// `compiler_mod`: no implicit `return None`).
pub fn compile_expression_source(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let (source, name) = (source.to_owned(), filename.to_owned());
    crate::big_stack::run(move || expression_here(&source, &name))
        .unwrap_or_else(|| Err(crate::big_stack::thread_failed(filename)))
}

fn expression_here(source: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    let parsed = crate::parse::parse_expression(source, filename)?;
    let expr = parsed;
    // The symbol table is built over modules; an expression statement holding the expression
    // gives it the same scopes and symbols.
    let module = ModModule {
        node_index: Default::default(),
        range: expr.range,
        body: std::iter::once(Stmt::Expr(ruff_python_ast::StmtExpr {
            node_index: Default::default(),
            range: expr.range,
            value: expr.body,
        }))
        .collect(),
    };
    let index = LineIndex::new(source);
    let table = crate::symtable::build_indexed(&module, &index, filename)?;
    let mut c = Compiler::for_module(&index, filename, &table, false)?;
    if let Some(Stmt::Expr(e)) = module.body.first() {
        c.visit_expr(&e.value)?;
    }
    c.finish_unit(false)
}

impl<'a> Compiler<'a> {
    /// A code generator with the module's unit open (`compile()`'s exec, eval and single
    /// modes all start this way).
    fn for_module(
        index: &'a LineIndex<'a>,
        filename: &'a str,
        table: &'a SymbolTable,
        interactive: bool,
    ) -> Result<Compiler<'a>, SyntaxError> {
        let mut c = Compiler {
            index,
            filename,
            table,
            units: Vec::new(),
            depth: 0,
            interactive,
            last_loc: std::cell::Cell::new((TextRange::default(), Loc::NONE)),
        };
        c.enter_scope("<module>", ScopeType::Module, 0, 1)?;
        Ok(c)
    }

    pub fn u(&self) -> &UnitState<'a> {
        // The module unit is pushed before any code is generated and popped last.
        self.units.last().expect("a compilation unit is open")
    }

    pub fn um(&mut self) -> &mut UnitState<'a> {
        self.units.last_mut().expect("a compilation unit is open")
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> SyntaxError {
        self.index
            .compile_error(msg, self.filename, range.start().into(), range.end().into())
    }

    /// CPython's location of a byte range: 1-based lines, 0-based byte columns.
    pub fn loc_of(&self, range: TextRange) -> Loc {
        let (last_range, last) = self.last_loc.get();
        if last_range == range && last != Loc::NONE {
            return last;
        }
        let (line, col) = self.index.byte_position(usize::from(range.start()));
        let (end_line, end_col) = self.index.byte_position(usize::from(range.end()));
        let loc = Loc {
            line: line as i32,
            end_line: end_line as i32,
            col: col as i32 - 1,
            end_col: end_col as i32 - 1,
        };
        self.last_loc.set((range, loc));
        loc
    }

    /// The range of a statement with a body, as CPython's parser ends it: at the last token
    /// of the body, which is a `;` when the last line ends with one (ruff stops before it).
    pub fn compound_range(&self, range: TextRange) -> TextRange {
        let bytes = self.index.source().as_bytes();
        let mut i = usize::from(range.end());
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if bytes.get(i) == Some(&b';') {
            let end = ruff_text_size::TextSize::try_from(i + 1).unwrap_or(range.end());
            return TextRange::new(range.start(), end);
        }
        range
    }

    pub fn set_loc(&mut self, range: TextRange) {
        let loc = self.loc_of(range);
        self.um().loc = loc;
    }

    pub fn unset_loc(&mut self) {
        self.um().loc.line = -1;
    }

    // ----- instructions -----

    pub fn emit(&mut self, op: Op, arg: u32, target: Option<BlockId>) {
        let loc = self.u().loc;
        self.emit_at(op, arg, target, loc);
    }

    pub fn emit_at(&mut self, op: Op, arg: u32, target: Option<BlockId>, loc: Loc) {
        let u = self.um();
        let cur = u.cur;
        u.cfg.blocks[cur]
            .instrs
            .push(Instr::new(op, arg, target, loc));
    }

    pub fn op(&mut self, op: Opcode) {
        self.emit(Op::Real(op), 0, None);
    }

    pub fn op_i(&mut self, op: Opcode, arg: u32) {
        self.emit(Op::Real(op), arg, None);
    }

    /// A jump; like CPython's code generator, a new block follows every jump.
    pub fn jump(&mut self, op: Op, target: BlockId) {
        self.emit(op, 0, Some(target));
        if !op.is_block_push() {
            self.next_block();
        }
    }

    /// A jump without a location (`ADDOP_JUMP_NOLINE`).
    pub fn jump_noline(&mut self, op: Op, target: BlockId) {
        self.emit_at(op, 0, Some(target), Loc::NONE);
        self.next_block();
    }

    pub fn op_noline(&mut self, op: Op) {
        self.emit_at(op, 0, None, Loc::NONE);
    }

    pub fn new_block(&mut self) -> BlockId {
        self.um().cfg.new_block()
    }

    /// Make `block` follow the current block and continue there (`compiler_use_next_block`).
    pub fn use_next_block(&mut self, block: BlockId) {
        let u = self.um();
        let cur = u.cur;
        u.cfg.blocks[cur].next = Some(block);
        u.cur = block;
    }

    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.um().consts.add(c);
        self.op_i(Opcode::LOAD_CONST, i);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        self.um().consts.add(c)
    }

    /// `ADDOP_NAME`: an instruction naming `co_names[i]`, the name mangled.
    pub fn op_name(&mut self, op: Opcode, name: &str) {
        let mangled = self.mangle(name);
        let i = self.um().names.add(&mangled);
        self.op_i(op, i);
    }

    /// `ADDOP_N`: like [`Self::op_name`] without mangling.
    pub fn op_name_raw(&mut self, op: Opcode, name: &str) {
        let i = self.um().names.add(name);
        self.op_i(op, i);
    }

    /// `_Py_Mangle` with the unit's private class name.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.u().private.as_deref(), name)
    }

    // ----- scopes -----

    /// The symbol-table scope opened by the node with this range. A node may be compiled
    /// more than once (a `while` test is compiled at the top and the bottom of the loop),
    /// each time making a new code object from the same scope.
    pub fn scope_for(&mut self, range: TextRange) -> CResult<ScopeId> {
        let key = (u32::from(range.start()), u32::from(range.end()));
        match self.table.node_scopes.get(&key) {
            Some(&id) => Ok(id),
            None => Err(self.error("internal error: no symbol table for node", range)),
        }
    }

    /// `compiler_enter_scope`; `scope` is the symbol-table scope (0 for the module).
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        scope: ScopeId,
        lineno: i32,
    ) -> CResult {
        let st = &self.table.scopes[scope];
        let mut varnames = NamePool::default();
        for v in &st.varnames {
            varnames.add(v);
        }
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut cfg = Cfg::new();
        let cur = cfg.new_block();
        cfg.entry = cur;
        self.units.push(UnitState {
            scope,
            scope_type,
            cfg,
            cur,
            consts: ConstPool::default(),
            names: NamePool::default(),
            varnames,
            cellvars: st.cellvars(),
            freevars: st.freevars(),
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
            loc: Loc {
                line: lineno,
                end_line: lineno,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
            after_return: None,
            name: name.to_string(),
            qualname: name.to_string(),
        });
        if scope_type == ScopeType::Module {
            self.um().loc.line = 0;
        } else {
            self.set_qualname();
        }
        self.op_i(Opcode::RESUME, 0);
        if scope_type == ScopeType::Module {
            self.um().loc.line = -1;
        }
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        if n < 2 {
            return;
        }
        let (parent, u) = (&self.units[n - 2], &self.units[n - 1]);
        let mut force_global = false;
        if matches!(
            u.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), &u.name);
            let scope = self.table.scopes[parent.scope].scope_of(&mangled);
            force_global = scope == Some(SymbolScope::GlobalExplicit);
        }
        let qualname = if force_global || parent.scope_type == ScopeType::Module {
            u.name.clone()
        } else if matches!(
            parent.scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
        ) {
            format!("{}.<locals>.{}", parent.qualname, u.name)
        } else {
            format!("{}.{}", parent.qualname, u.name)
        };
        self.um().qualname = qualname;
    }

    /// `compute_code_flags`.
    fn code_flags(&self) -> i32 {
        let u = self.u();
        let st = &self.table.scopes[u.scope];
        let mut flags = 0;
        if st.kind == ScopeKind::Function {
            flags |= assemble::CO_NEWLOCALS | assemble::CO_OPTIMIZED;
            if st.nested {
                flags |= assemble::CO_NESTED;
            }
            match (st.is_generator, st.is_coroutine) {
                (true, false) => flags |= assemble::CO_GENERATOR,
                (false, true) => flags |= assemble::CO_COROUTINE,
                (true, true) => flags |= assemble::CO_ASYNC_GENERATOR,
                _ => {}
            }
            if st.has_varargs {
                flags |= assemble::CO_VARARGS;
            }
            if st.has_varkeywords {
                flags |= assemble::CO_VARKEYWORDS;
            }
        }
        if self.table.future_annotations {
            flags |= assemble::CO_FUTURE_ANNOTATIONS;
        }
        flags
    }

    /// Close the current unit: the implicit `return None` (`assemble(c, addNone)`), the
    /// passes and the assembler.
    pub fn finish_unit(&mut self, add_none: bool) -> CResult<CodeObject> {
        let ends_with_return = {
            let u = self.u();
            let block = &u.cfg.blocks[u.cur];
            match block.instrs.last() {
                Some(last) => last.is(Opcode::RETURN_VALUE),
                None => u.after_return == Some(u.cur),
            }
        };
        if !ends_with_return {
            self.unset_loc();
            if add_none {
                self.load_const(Const::None);
            }
            self.op(Opcode::RETURN_VALUE);
        }
        let flags = self.code_flags();
        let u = self.units.pop().expect("a compilation unit is open");
        let unit = Unit {
            cfg: u.cfg,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            argcount: u.argcount + u.posonlyargcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags,
            firstlineno: u.firstlineno,
            name: u.name,
            qualname: u.qualname,
        };
        assemble::assemble(unit, self.filename).map_err(|msg| SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: format!("internal compiler error: {msg}"),
            filename: self.filename.to_string(),
            lineno: 1,
            offset: 0,
            end_lineno: 1,
            end_offset: 0,
            text: None,
        })
    }

    /// A code object as a constant.
    pub fn code_const(code: CodeObject) -> Const {
        Const::Code(CodeRef::new(Obj::new(Value::Code(Box::new(code)))))
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.u().scope].kind
    }

    /// Guard against native stack exhaustion on absurdly deep trees.
    pub fn enter_depth(&mut self, range: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("maximum recursion depth exceeded during compilation", range));
        }
        Ok(())
    }

    pub fn leave_depth(&mut self) {
        self.depth -= 1;
    }
}

/// `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`, unless it is a dunder, is
/// dotted, or the class name is all underscores.
/// Borrows `name` when it stays as it is (almost always: no copy per name use).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// The range of a statement list's first statement, if any.
pub fn first_range(stmts: &[Stmt]) -> Option<TextRange> {
    stmts.first().map(|s| s.range())
}
