//! Statements (`compiler_visit_stmt`): bodies with docstrings and `SETUP_ANNOTATIONS`,
//! assignments, `if`/`while`/`for`, `break`/`continue`/`return`, imports, `raise`,
//! `assert`, `del`.

use bytecode::opcode::Opcode;
use ruff_python_ast::{ExceptHandler, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::consts::Const;
use super::expr::binary_op_arg;
use super::fold::fold;
use super::unparse::unparse;
use super::{CResult, Compiler, FBlock, ScopeType};
use crate::flowgraph::ir::Op;

/// `_PyAST_GetDocString`: the first statement, if it is a string constant expression.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match fold(&e.value)? {
            Const::Str(s) if !matches!(*e.value, Expr::FString(_)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `find_ann`: an annotated assignment anywhere in the body (not in nested scopes).
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            t.handlers.iter().any(|h| match h {
                ExceptHandler::ExceptHandler(h) => find_ann(&h.body),
            }) || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// `compiler_body`: module and class bodies.
    pub fn compiler_body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if self.u().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(first.range());
            }
        }
        if find_ann(stmts) {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        let mut rest = stmts;
        if let Some(doc) = docstring(stmts) {
            if let Stmt::Expr(e) = &stmts[0] {
                let saved = self.u().loc;
                self.set_loc(e.value.range());
                self.load_const(Const::Str(doc));
                self.um().loc = saved;
                self.unset_loc();
                self.nameop("__doc__", ExprContext::Store, e.range())?;
            }
            rest = &stmts[1..];
        }
        self.visit_stmts(rest)
    }

    pub fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_depth(s.range())?;
        let range = self.stmt_range(s);
        self.set_loc(range);
        let r = self.visit_stmt1(s, range);
        self.leave_depth();
        r
    }

    fn visit_stmt1(&mut self, s: &'a Stmt, range: TextRange) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r.value.as_deref(), s.range()),
            Stmt::Delete(d) => self.visit_exprs(&d.targets),
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.op_i(Opcode::COPY, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.augassign(a),
            Stmt::AnnAssign(a) => self.annassign(a),
            Stmt::For(f) => {
                if f.is_async {
                    return self.async_for(f);
                }
                let start = self.new_block();
                let body = self.new_block();
                let cleanup = self.new_block();
                let end = self.new_block();
                self.um().fblocks.push(FBlock::ForLoop { start, exit: end });
                self.visit_iter(&f.iter)?;
                self.op(Opcode::GET_ITER);
                self.use_next_block(start);
                self.jump(Op::Real(Opcode::FOR_ITER), cleanup);
                self.use_next_block(body);
                self.visit_expr(&f.target)?;
                self.visit_stmts(&f.body)?;
                self.unset_loc();
                self.jump(Op::Jump, start);
                self.use_next_block(cleanup);
                self.um().fblocks.pop();
                self.visit_stmts(&f.orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            Stmt::While(w) => {
                let loop_ = self.new_block();
                let body = self.new_block();
                let anchor = self.new_block();
                let end = self.new_block();
                self.use_next_block(loop_);
                self.um().fblocks.push(FBlock::WhileLoop {
                    start: loop_,
                    exit: end,
                });
                self.jump_if(&w.test, anchor, false)?;
                self.use_next_block(body);
                self.visit_stmts(&w.body)?;
                self.set_loc(range);
                self.jump_if(&w.test, body, true)?;
                self.um().fblocks.pop();
                self.use_next_block(anchor);
                self.visit_stmts(&w.orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            Stmt::If(i) => {
                // `elif` clauses are nested `if` statements spanning to the end of the chain.
                let end_pos = range.end();
                self.if_chain(&i.test, &i.body, &i.elif_else_clauses, end_pos)
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.async_with(w, 0)
                } else {
                    self.with(w, 0)
                }
            }
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(exc) = &r.exc {
                    self.visit_expr(exc)?;
                    n += 1;
                    if let Some(cause) = &r.cause {
                        self.visit_expr(cause)?;
                        n += 1;
                    }
                }
                self.op_i(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                let end = self.new_block();
                self.jump_if(&a.test, end, true)?;
                self.op(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(msg) = &a.msg {
                    self.visit_expr(msg)?;
                    self.op_i(Opcode::PRECALL, 0);
                    self.op_i(Opcode::CALL, 0);
                }
                self.op_i(Opcode::RAISE_VARARGS, 1);
                self.use_next_block(end);
                Ok(())
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    self.load_const(Const::int(0));
                    self.load_const(Const::None);
                    self.op_name(Opcode::IMPORT_NAME, alias.name.as_str());
                    let name = alias.name.as_str();
                    if let Some(asname) = &alias.asname {
                        let mut parts = name.split('.');
                        parts.next();
                        let attrs: Vec<&str> = parts.collect();
                        if attrs.is_empty() {
                            self.nameop(asname.as_str(), ExprContext::Store, s.range())?;
                        } else {
                            for (k, attr) in attrs.iter().enumerate() {
                                self.op_name_raw(Opcode::IMPORT_FROM, attr);
                                if k + 1 < attrs.len() {
                                    self.op_i(Opcode::SWAP, 2);
                                    self.op(Opcode::POP_TOP);
                                }
                            }
                            self.nameop(asname.as_str(), ExprContext::Store, s.range())?;
                            self.op(Opcode::POP_TOP);
                        }
                    } else {
                        let first = name.split('.').next().unwrap_or(name);
                        self.nameop(first, ExprContext::Store, s.range())?;
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(imp) => {
                self.load_const(Const::int(i64::from(imp.level)));
                let names = imp
                    .names
                    .iter()
                    .map(|a| Const::str(a.name.as_str()))
                    .collect();
                self.load_const(Const::Tuple(names));
                let module = imp.module.as_ref().map_or("", |m| m.as_str());
                self.op_name(Opcode::IMPORT_NAME, module);
                for (i, alias) in imp.names.iter().enumerate() {
                    if i == 0 && alias.name.as_str().starts_with('*') {
                        self.op(Opcode::IMPORT_STAR);
                        return Ok(());
                    }
                    self.op_name(Opcode::IMPORT_FROM, alias.name.as_str());
                    let store = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.nameop(store.as_str(), ExprContext::Store, s.range())?;
                }
                self.op(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) if self.interactive && self.units.len() == 1 => {
                self.visit_expr(&e.value)?;
                self.op(Opcode::PRINT_EXPR);
                Ok(())
            }
            Stmt::Expr(e) => {
                if fold(&e.value).is_some() {
                    self.op(Opcode::NOP);
                    return Ok(());
                }
                self.visit_expr(&e.value)?;
                self.unset_loc();
                self.op(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Pass(_) => {
                self.op(Opcode::NOP);
                Ok(())
            }
            Stmt::Break(_) => self.break_stmt(s.range()),
            Stmt::Continue(_) => self.continue_stmt(s.range()),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {
                Err(self.error("invalid syntax", s.range()))
            }
        }
    }

    /// A statement's range as CPython's AST has it: a decorated `def` or `class` starts at
    /// its keyword, not at the first decorator, and a compound statement ends after a `;`
    /// closing its last line.
    fn stmt_range(&self, s: &Stmt) -> TextRange {
        let compound = matches!(
            s,
            Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::Match(_)
        );
        let range = if compound {
            self.compound_range(s.range())
        } else {
            s.range()
        };
        let last_decorator = match s {
            Stmt::FunctionDef(f) => f.decorator_list.last().map(|d| d.end()),
            Stmt::ClassDef(c) => c.decorator_list.last().map(|d| d.end()),
            _ => None,
        };
        let Some(from) = last_decorator else {
            return range;
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
        let start = ruff_text_size::TextSize::try_from(i.min(bytes.len())).unwrap_or(from);
        TextRange::new(start.min(range.end()), range.end())
    }

    fn if_chain(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ruff_python_ast::ElifElseClause],
        end_pos: ruff_text_size::TextSize,
    ) -> CResult {
        let end = self.new_block();
        let next = if clauses.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.jump_noline(Op::Jump, end);
            self.use_next_block(next);
            match &first.test {
                Some(t) => {
                    self.set_loc(TextRange::new(first.range.start(), end_pos));
                    self.enter_depth(first.range)?;
                    let r = self.if_chain(t, &first.body, rest, end_pos);
                    self.leave_depth();
                    r?;
                }
                None => self.visit_stmts(&first.body)?,
            }
        }
        self.use_next_block(end);
        Ok(())
    }

    fn augassign(&mut self, a: &'a ruff_python_ast::StmtAugAssign) -> CResult {
        let stmt_loc = self.u().loc;
        let target = &*a.target;
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.op_i(Opcode::COPY, 1);
                self.update_start_location_to_match_attr(at.range, at.attr.as_str());
                self.op_name(Opcode::LOAD_ATTR, at.attr.as_str());
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_expr(&sub.slice)?;
                self.op_i(Opcode::COPY, 2);
                self.op_i(Opcode::COPY, 2);
                self.op(Opcode::BINARY_SUBSCR);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Load, n.range)?,
            _ => return Err(self.error("illegal expression for augmented assignment", a.range)),
        }
        self.um().loc = stmt_loc;
        self.visit_expr(&a.value)?;
        self.op_i(Opcode::BINARY_OP, binary_op_arg(a.op) + 13);
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.update_start_location_to_match_attr(at.range, at.attr.as_str());
                self.op_i(Opcode::SWAP, 2);
                self.op_name(Opcode::STORE_ATTR, at.attr.as_str());
            }
            Expr::Subscript(_) => {
                self.op_i(Opcode::SWAP, 3);
                self.op_i(Opcode::SWAP, 2);
                self.op(Opcode::STORE_SUBSCR);
            }
            Expr::Name(n) => self.nameop(n.id.as_str(), ExprContext::Store, n.range)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn annassign(&mut self, a: &'a ruff_python_ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(&a.target)?;
        }
        let module_or_class = matches!(self.u().scope_type, ScopeType::Module | ScopeType::Class);
        let future = self.table.future_annotations;
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && module_or_class {
                    if future {
                        self.load_const(Const::Str(unparse(&a.annotation)));
                    } else {
                        self.visit_expr(&a.annotation)?;
                    }
                    self.op_name(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = self.mangle(n.id.as_str());
                    self.load_const(Const::Str(mangled.into_owned()));
                    self.op(Opcode::STORE_SUBSCR);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            _ => return Err(self.error("illegal target for annotation", a.range)),
        }
        if !a.simple && !future && module_or_class {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    /// `compiler_return`.
    fn return_stmt(&mut self, value: Option<&'a Expr>, range: TextRange) -> CResult {
        if self.scope_kind() != crate::symtable::ScopeKind::Function {
            return Err(self.error("'return' outside function", range));
        }
        let st = &self.table.scopes[self.u().scope];
        if value.is_some() && st.is_coroutine && st.is_generator {
            return Err(self.error("'return' with value in async generator", range));
        }
        let constant = value.and_then(fold);
        let preserve_tos = value.is_some() && constant.is_none();
        if preserve_tos {
            if let Some(v) = value {
                self.visit_expr(v)?;
            }
        } else if let Some(v) = value {
            self.set_loc(v.range());
            self.op(Opcode::NOP);
        }
        let stmt_line = self.loc_of(range).line;
        if value.is_none_or(|v| self.loc_of(v.range()).line != stmt_line) {
            self.set_loc(range);
            self.op(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (value, constant) {
            (None, _) => self.load_const(Const::None),
            (Some(_), Some(c)) => self.load_const(c),
            _ => {}
        }
        self.op(Opcode::RETURN_VALUE);
        self.next_block();
        let cur = self.u().cur;
        self.um().after_return = Some(cur);
        Ok(())
    }

    fn break_stmt(&mut self, range: TextRange) -> CResult {
        self.op(Opcode::NOP);
        let Some(idx) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop", range));
        };
        let info = self.u().fblocks[idx].clone();
        self.unwind_fblock(&info, false)?;
        if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = info {
            self.jump(Op::Jump, exit);
        }
        Ok(())
    }

    fn continue_stmt(&mut self, range: TextRange) -> CResult {
        self.op(Opcode::NOP);
        let Some(idx) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        let info = self.u().fblocks[idx].clone();
        if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } = info {
            self.jump(Op::Jump, start);
        }
        Ok(())
    }
}
