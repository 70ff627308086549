//! First step of the symbol table pass: walk the AST, open scopes and record what each
//! scope does with each name (CPython's `symtable_visit_stmt` and friends).
//!
//! Visiting order matters: it fixes the insertion order of symbols, and some errors depend
//! on what was seen before (`global x` after a use of `x`). The order follows CPython 3.11's
//! AST fields (e.g. `try`: body, `else`, handlers, `finally`; a `def`: its name, defaults,
//! keyword defaults, annotations, decorators, then the body in the new scope).

use ruff_python_ast::{ExceptHandler, Expr, ModModule, Stmt, StmtFunctionDef};
use ruff_text_size::Ranged;
use rustc_hash::FxHashMap as HashMap;

use super::flags::*;
use super::{Directive, Scope, ScopeId, ScopeKind, SymbolTable};
use crate::error::SyntaxError;
use crate::source::LineIndex;

/// Deeper nesting than this is refused instead of risking the native stack. CPython raises
/// `RecursionError` ("maximum recursion depth exceeded during compilation") around a similar
/// depth; pyvm reports it as a `SyntaxError` value carrying that message.
const MAX_DEPTH: u32 = 1000;

pub(super) type VisitResult = Result<(), SyntaxError>;

pub(super) struct Builder<'a> {
    pub scopes: Vec<Scope>,
    /// Open scopes, innermost last (CPython's `st_stack`).
    pub stack: Vec<ScopeId>,
    /// The class name used for mangling private names (`st_private`).
    pub private: Option<String>,
    pub index: &'a LineIndex<'a>,
    pub filename: &'a str,
    pub future_annotations: bool,
    pub depth: u32,
    /// Scope opened for each AST node, keyed by the node's byte range.
    pub node_scopes: HashMap<(u32, u32), ScopeId>,
    /// Range of the expression being visited (to key comprehension scopes).
    pub node_range: (u32, u32),
}

impl<'a> Builder<'a> {
    pub fn run(
        module: &ModModule,
        index: &'a LineIndex<'a>,
        filename: &'a str,
        future_annotations: bool,
    ) -> Result<SymbolTable, SyntaxError> {
        let mut builder = Builder {
            scopes: Vec::new(),
            stack: Vec::new(),
            private: None,
            index,
            filename,
            future_annotations,
            depth: 0,
            node_scopes: HashMap::default(),
            node_range: (0, 0),
        };
        builder.enter_scope(ScopeKind::Module, "top", 0, 0);
        for stmt in &module.body {
            builder.visit_stmt(stmt)?;
        }
        builder.exit_scope();
        Ok(SymbolTable {
            scopes: builder.scopes,
            node_scopes: builder.node_scopes,
            future_annotations,
        })
    }

    pub fn cur(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(0)
    }

    pub fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    /// Open a scope at the given position (CPython's `symtable_enter_block`).
    pub fn enter_scope(&mut self, kind: ScopeKind, name: &str, lineno: u32, col: u32) -> ScopeId {
        let parent = self.stack.last().copied();
        let nested = parent.is_some_and(|p| {
            let p = &self.scopes[p];
            p.nested || p.kind == ScopeKind::Function
        });
        let mut scope = Scope::new(kind, name, lineno, col, nested);
        if let Some(p) = parent {
            // Walrus checks in comprehension iterables reach into nested scopes too.
            scope.comp_iter_expr = self.scopes[p].comp_iter_expr;
        }
        let id = self.scopes.len();
        self.scopes.push(scope);
        self.stack.push(id);
        // Annotation blocks only collect names to be thrown away.
        if kind != ScopeKind::Annotation {
            if let Some(p) = parent {
                self.scopes[p].children.push(id);
            }
        }
        id
    }

    /// Open a scope whose position is the byte offset `at`.
    pub fn enter_scope_at(&mut self, kind: ScopeKind, name: &str, at: usize) -> ScopeId {
        let (lineno, col) = self.index.byte_position(at);
        self.enter_scope(kind, name, lineno, col - 1)
    }

    pub fn exit_scope(&mut self) {
        self.stack.pop();
    }

    /// An error from this pass: byte columns and no `text`, as CPython's symtable errors.
    pub fn error(&self, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        self.index.compile_error(msg, self.filename, start, end)
    }

    /// `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`, unless it is a dunder, is
    /// dotted, or the class name is all underscores.
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::codegen::mangle(self.private.as_deref(), name)
    }

    /// Record `flag` for `name` in the current scope (`symtable_add_def`).
    pub fn add_def(&mut self, name: &str, flag: u32, start: usize, end: usize) -> VisitResult {
        let target = self.cur();
        self.add_def_in(target, name, flag, start, end)
    }

    /// Record `flag` for `name` in scope `target` (`symtable_add_def_helper`).
    pub fn add_def_in(
        &mut self,
        target: ScopeId,
        name: &str,
        flag: u32,
        start: usize,
        end: usize,
    ) -> VisitResult {
        let mangled = self.mangle(name);
        let old = self.scopes[target].flags_of(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{mangled}' in function definition"),
                start,
                end,
            ));
        }
        let mut flags = old | flag;
        if self.scopes[target].comp_iter_target {
            // An iteration variable may not also be a walrus target of the comprehension.
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{mangled}'"
                    ),
                    start,
                    end,
                ));
            }
            flags |= DEF_COMP_ITER;
        }
        self.scopes[target].set_flags(&mangled, flags);
        if flag & DEF_PARAM != 0 {
            self.scopes[target].varnames.push(mangled.into_owned());
        } else if flag & DEF_GLOBAL != 0 {
            // Module-level record of explicit globals (CPython's `st_global` is the module's
            // own symbol dict).
            let top = &mut self.scopes[0];
            let old = top.flags_of(&mangled);
            top.set_flags(&mangled, old | flag);
        }
        Ok(())
    }

    pub fn record_directive(&mut self, name: &str, start: usize, end: usize) {
        let name = self.mangle(name);
        self.cur_scope().directives.push(Directive {
            name: name.into_owned(),
            start,
            end,
        });
    }

    pub fn enter_recursion(&mut self, at: usize) -> VisitResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(
                "maximum recursion depth exceeded during compilation",
                at,
                at,
            ));
        }
        Ok(())
    }

    pub fn visit_body(&mut self, body: &[Stmt]) -> VisitResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub fn visit_stmt(&mut self, stmt: &Stmt) -> VisitResult {
        self.enter_recursion(usize::from(stmt.start()))?;
        self.visit_stmt_inner(stmt)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> VisitResult {
        let (start, end) = (usize::from(stmt.start()), usize::from(stmt.end()));
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function_def(def),
            Stmt::ClassDef(class) => {
                self.add_def(&class.name.id, DEF_LOCAL, start, end)?;
                if let Some(args) = &class.arguments {
                    self.visit_exprs(&args.args)?;
                    for keyword in args.keywords.iter() {
                        self.visit_expr(&keyword.value)?;
                    }
                }
                for decorator in &class.decorator_list {
                    self.visit_expr(&decorator.expression)?;
                }
                let at = self.keyword_start(start, class.decorator_list.last().map(|d| d.end()));
                let id = self.enter_scope_at(ScopeKind::Class, &class.name.id, at);
                self.node_scopes.insert((start as u32, end as u32), id);
                let saved = self.private.replace(class.name.id.to_string());
                self.visit_body(&class.body)?;
                self.private = saved;
                self.exit_scope();
                Ok(())
            }
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.visit_expr(value)?;
                    self.cur_scope().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(del) => self.visit_exprs(&del.targets),
            Stmt::Assign(assign) => {
                self.visit_exprs(&assign.targets)?;
                self.visit_expr(&assign.value)
            }
            Stmt::AnnAssign(ann) => {
                if let Expr::Name(name) = &*ann.target {
                    let mangled = self.mangle(&name.id);
                    let cur = self.scopes[self.cur()].flags_of(&mangled);
                    let is_module = self.cur() == 0;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && ann.simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{}' can't be {what}", name.id),
                            start,
                            end,
                        ));
                    }
                    let (ns, ne) = (usize::from(name.start()), usize::from(name.end()));
                    if ann.simple {
                        self.add_def(&name.id, DEF_ANNOT | DEF_LOCAL, ns, ne)?;
                    } else if ann.value.is_some() {
                        self.add_def(&name.id, DEF_LOCAL, ns, ne)?;
                    }
                } else {
                    self.visit_expr(&ann.target)?;
                }
                self.visit_annotation(&ann.annotation)?;
                if let Some(value) = &ann.value {
                    self.visit_expr(value)?;
                }
                Ok(())
            }
            Stmt::AugAssign(aug) => {
                self.visit_expr(&aug.target)?;
                self.visit_expr(&aug.value)
            }
            Stmt::For(for_) => {
                self.visit_expr(&for_.target)?;
                self.visit_expr(&for_.iter)?;
                self.visit_body(&for_.body)?;
                self.visit_body(&for_.orelse)
            }
            Stmt::While(while_) => {
                self.visit_expr(&while_.test)?;
                self.visit_body(&while_.body)?;
                self.visit_body(&while_.orelse)
            }
            Stmt::If(if_) => {
                self.visit_expr(&if_.test)?;
                self.visit_body(&if_.body)?;
                for clause in &if_.elif_else_clauses {
                    if let Some(test) = &clause.test {
                        self.visit_expr(test)?;
                    }
                    self.visit_body(&clause.body)?;
                }
                Ok(())
            }
            Stmt::Match(match_) => {
                self.visit_expr(&match_.subject)?;
                for case in &match_.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard)?;
                    }
                    self.visit_body(&case.body)?;
                }
                Ok(())
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc)?;
                }
                if let Some(cause) = &raise.cause {
                    self.visit_expr(cause)?;
                }
                Ok(())
            }
            Stmt::Try(try_) => {
                self.visit_body(&try_.body)?;
                self.visit_body(&try_.orelse)?;
                for handler in &try_.handlers {
                    let ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(type_) = &h.type_ {
                        self.visit_expr(type_)?;
                    }
                    if let Some(name) = &h.name {
                        let (hs, he) = (usize::from(h.start()), usize::from(h.end()));
                        self.add_def(&name.id, DEF_LOCAL, hs, he)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&try_.finalbody)
            }
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test)?;
                if let Some(msg) = &assert.msg {
                    self.visit_expr(msg)?;
                }
                Ok(())
            }
            Stmt::Import(import) => import
                .names
                .iter()
                .try_for_each(|alias| self.visit_alias(alias)),
            Stmt::ImportFrom(import) => import
                .names
                .iter()
                .try_for_each(|alias| self.visit_alias(alias)),
            Stmt::Global(global) => {
                let names: Vec<&str> = global.names.iter().map(|n| n.id.as_str()).collect();
                self.visit_declaration(&names, DEF_GLOBAL, "global", start, end)
            }
            Stmt::Nonlocal(nonlocal) => {
                let names: Vec<&str> = nonlocal.names.iter().map(|n| n.id.as_str()).collect();
                self.visit_declaration(&names, DEF_NONLOCAL, "nonlocal", start, end)
            }
            Stmt::Expr(expr) => self.visit_expr(&expr.value),
            Stmt::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.visit_expr(vars)?;
                    }
                }
                self.visit_body(&with.body)
            }
            // Rejected before this pass (syntax newer than 3.11); visited for robustness.
            Stmt::TypeAlias(alias) => {
                self.visit_expr(&alias.name)?;
                self.visit_expr(&alias.value)
            }
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {
                Ok(())
            }
        }
    }

    fn visit_function_def(&mut self, def: &StmtFunctionDef) -> VisitResult {
        let (start, end) = (usize::from(def.start()), usize::from(def.end()));
        self.add_def(&def.name.id, DEF_LOCAL, start, end)?;
        self.visit_defaults(&def.parameters)?;
        self.visit_annotations(&def.parameters, def.returns.as_deref(), start)?;
        for decorator in &def.decorator_list {
            self.visit_expr(&decorator.expression)?;
        }
        let at = self.keyword_start(start, def.decorator_list.last().map(|d| d.end()));
        let id = self.enter_scope_at(ScopeKind::Function, &def.name.id, at);
        self.node_scopes.insert((start as u32, end as u32), id);
        if def.is_async {
            self.cur_scope().is_coroutine = true;
        }
        self.visit_parameters(&def.parameters)?;
        self.visit_body(&def.body)?;
        self.exit_scope();
        Ok(())
    }

    /// `global`/`nonlocal`: refuse names already used, bound or annotated here.
    fn visit_declaration(
        &mut self,
        names: &[&str],
        flag: u32,
        what: &str,
        start: usize,
        end: usize,
    ) -> VisitResult {
        for &name in names {
            let mangled = self.mangle(name);
            let cur = self.scopes[self.cur()].flags_of(&mangled);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(self.error(msg, start, end));
            }
            self.add_def(name, flag, start, end)?;
            self.record_directive(name, start, end);
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &ruff_python_ast::Alias) -> VisitResult {
        let (start, end) = (usize::from(alias.start()), usize::from(alias.end()));
        let name = alias.asname.as_ref().unwrap_or(&alias.name).id.as_str();
        if name == "*" {
            if self.scopes[self.cur()].kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", start, end));
            }
            return Ok(());
        }
        // `import a.b.c` binds `a`.
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, start, end)
    }

    /// Where the `def`/`async`/`class` keyword starts: the statement start, or the first
    /// token after the last decorator (the AST's statement range covers the decorators, while
    /// CPython's scope position is the keyword's).
    fn keyword_start(
        &self,
        stmt_start: usize,
        last_decorator_end: Option<ruff_text_size::TextSize>,
    ) -> usize {
        let Some(from) = last_decorator_end else {
            return stmt_start;
        };
        let bytes = self.index.source().as_bytes();
        let mut i = usize::from(from);
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => i += 1,
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        i.min(bytes.len())
    }
}
