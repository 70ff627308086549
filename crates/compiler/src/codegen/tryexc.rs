//! Exception handling: `try`/`except`/`else`/`finally`, `with`, and unwinding the frame-block
//! stack for `return`/`break`/`continue` (`compiler_try_except`, `compiler_try_finally`,
//! `compiler_with`, `compiler_unwind_fblock`).

use bytecode::opcode::Opcode;
use ruff_python_ast::{ExceptHandler, ExprContext, StmtTry, StmtWith};

use super::consts::Const;
use super::{CResult, Compiler, FBlock};
use crate::flowgraph::ir::{BlockId, Op};

impl<'a> Compiler<'a> {
    /// Unwind the frame blocks, innermost first; with `want_loop`, stop at the innermost loop
    /// and return its index (`compiler_unwind_fblock_stack`).
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<Option<usize>> {
        let Some(top) = self.u().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top, FBlock::ExceptionGroupHandler) {
            let range = ruff_text_size::TextRange::default();
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        if want_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(self.u().fblocks.len() - 1));
        }
        self.um().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let r = self.unwind_fblock_stack(preserve_tos, want_loop)?;
        self.um().fblocks.push(top);
        Ok(r)
    }

    /// `compiler_unwind_fblock`.
    pub fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match info {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
            FBlock::TryExcept => self.emit(Op::PopBlock, 0, None),
            FBlock::FinallyTry { body } => {
                self.emit(Op::PopBlock, 0, None);
                if preserve_tos {
                    self.um().fblocks.push(FBlock::PopValue);
                }
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.um().fblocks.pop();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.emit(Op::PopBlock, 0, None);
                self.op(Opcode::POP_EXCEPT);
            }
            FBlock::With { loc, is_async } => {
                self.um().loc = *loc;
                self.emit(Op::PopBlock, 0, None);
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if *is_async {
                    self.op_i(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from(true);
                }
                self.op(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Op::PopBlock, 0, None);
                }
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.emit(Op::PopBlock, 0, None);
                self.op(Opcode::POP_EXCEPT);
                if let Some(name) = name {
                    self.load_const(Const::None);
                    let range = ruff_text_size::TextRange::default();
                    self.nameop(name, ExprContext::Store, range)?;
                    self.nameop(name, ExprContext::Del, range)?;
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.op_i(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    pub(super) fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.op_i(Opcode::PRECALL, 2);
        self.op_i(Opcode::CALL, 2);
    }

    pub(super) fn pop_except_and_reraise(&mut self) {
        self.op_i(Opcode::COPY, 3);
        self.op(Opcode::POP_EXCEPT);
        self.op_i(Opcode::RERAISE, 1);
        self.next_block();
    }

    pub fn try_stmt(&mut self, t: &'a StmtTry) -> CResult {
        if !t.finalbody.is_empty() {
            self.try_finally(t)
        } else if t.is_star {
            self.try_star_except(t)
        } else {
            self.try_except(t)
        }
    }

    fn try_finally(&mut self, t: &'a StmtTry) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.jump(Op::SetupFinally, end);
        self.use_next_block(body);
        self.um()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if t.is_star && !t.handlers.is_empty() {
            self.try_star_except(t)?;
        } else if !t.handlers.is_empty() {
            self.try_except(t)?;
        } else {
            self.visit_stmts(&t.body)?;
        }
        self.op_noline(Op::PopBlock);
        self.um().fblocks.pop();
        self.visit_stmts(&t.finalbody)?;
        self.jump_noline(Op::Jump, exit);
        self.use_next_block(end);
        self.unset_loc();
        self.jump(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.um().fblocks.push(FBlock::FinallyEnd);
        self.visit_stmts(&t.finalbody)?;
        self.um().fblocks.pop();
        self.op_i(Opcode::RERAISE, 0);
        self.next_block();
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a StmtTry) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.jump(Op::SetupFinally, except);
        self.use_next_block(body);
        self.um().fblocks.push(FBlock::TryExcept);
        self.visit_stmts(&t.body)?;
        self.um().fblocks.pop();
        self.op_noline(Op::PopBlock);
        self.visit_stmts(&t.orelse)?;
        self.jump_noline(Op::Jump, end);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.um().fblocks.push(FBlock::ExceptionHandler);
        for (i, handler) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = handler;
            self.set_loc(self.compound_range(h.range));
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.op(Opcode::CHECK_EXC_MATCH);
                self.jump(Op::PopJumpIfFalse, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name.as_str(), ExprContext::Store, h.range)?;
                self.jump(Op::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.um().fblocks.push(FBlock::HandlerCleanup {
                    name: Some(name.to_string()),
                });
                self.visit_stmts(&h.body)?;
                self.um().fblocks.pop();
                self.unset_loc();
                self.emit(Op::PopBlock, 0, None);
                self.emit(Op::PopBlock, 0, None);
                self.op(Opcode::POP_EXCEPT);
                self.load_const(Const::None);
                self.nameop(name.as_str(), ExprContext::Store, h.range)?;
                self.nameop(name.as_str(), ExprContext::Del, h.range)?;
                self.jump(Op::Jump, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Const::None);
                self.nameop(name.as_str(), ExprContext::Store, h.range)?;
                self.nameop(name.as_str(), ExprContext::Del, h.range)?;
                self.op_i(Opcode::RERAISE, 1);
                self.next_block();
            } else {
                let cleanup_body = self.new_block();
                self.op(Opcode::POP_TOP);
                self.use_next_block(cleanup_body);
                self.um()
                    .fblocks
                    .push(FBlock::HandlerCleanup { name: None });
                self.visit_stmts(&h.body)?;
                self.um().fblocks.pop();
                self.unset_loc();
                self.emit(Op::PopBlock, 0, None);
                self.op(Opcode::POP_EXCEPT);
                self.jump(Op::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.um().fblocks.pop();
        self.op_i(Opcode::RERAISE, 0);
        self.next_block();
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_with` for item `pos` of `w`.
    pub fn with(&mut self, w: &'a StmtWith, pos: usize) -> CResult {
        let item = &w.items[pos];
        let body = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BEFORE_WITH);
        self.jump(Op::SetupWith, final_);
        self.use_next_block(body);
        let loc = self.loc_of(self.compound_range(w.range));
        self.um().fblocks.push(FBlock::With {
            loc,
            is_async: false,
        });
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.with(w, pos + 1)?;
        }
        self.unset_loc();
        self.emit(Op::PopBlock, 0, None);
        self.um().fblocks.pop();
        self.set_loc(self.compound_range(w.range));
        self.call_exit_with_nones();
        self.op(Opcode::POP_TOP);
        self.jump(Op::Jump, exit);
        self.use_next_block(final_);
        self.jump(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    pub(super) fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Op::PopJumpIfTrue, exit);
        self.op_i(Opcode::RERAISE, 2);
        self.next_block();
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.op(Opcode::POP_TOP);
        self.emit(Op::PopBlock, 0, None);
        self.op(Opcode::POP_EXCEPT);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_TOP);
    }
}
