//! `try`/`except*` (CPython 3.11's `compiler_try_star_except`).
//!
//! The handlers run one after another on what is left of the exception group: each
//! `CHECK_EG_MATCH` splits off the part its type matches (or leaves `None`), and whatever a
//! handler raises is collected in a list kept under the group. After the last handler,
//! `PREP_RERAISE_STAR` combines the original group, the unmatched rest and the collected
//! exceptions into the exception to re-raise, or `None` when everything was handled.
//!
//! Stack while the handlers run: `[orig, raised_list, rest]`.

use bytecode::opcode::Opcode;
use ruff_python_ast::{ExceptHandler, ExprContext, StmtTry};

use super::consts::Const;
use super::{CResult, Compiler, FBlock};
use crate::flowgraph::ir::Op;

impl<'a> Compiler<'a> {
    /// `compiler_try_star_except`.
    pub(super) fn try_star_except(&mut self, t: &'a StmtTry) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.jump(Op::SetupFinally, except);
        self.use_next_block(body);
        self.um().fblocks.push(FBlock::TryExcept);
        self.visit_stmts(&t.body)?;
        self.um().fblocks.pop();
        self.op_noline(Op::PopBlock);
        self.jump_noline(Op::Jump, orelse);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.um().fblocks.push(FBlock::ExceptionGroupHandler);
        for (i, handler) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = handler;
            self.set_loc(self.compound_range(h.range));
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                // Keep the original group, and start the list of raised exceptions.
                self.op_i(Opcode::COPY, 1);
                self.op_i(Opcode::BUILD_LIST, 0);
                self.op_i(Opcode::SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.op(Opcode::CHECK_EG_MATCH);
                self.op_i(Opcode::COPY, 1);
                self.jump(Op::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(name) => self.nameop(name, ExprContext::Store, h.range)?,
                None => self.op(Opcode::POP_TOP),
            }
            // The body runs in a `try`/`finally` that unbinds the name.
            self.jump(Op::SetupCleanup, cleanup_end);
            self.use_next_block(cleanup_body);
            self.um()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            self.visit_stmts(&h.body)?;
            self.um().fblocks.pop();
            self.unset_loc();
            self.emit(Op::PopBlock, 0, None);
            if let Some(name) = &name {
                self.load_const(Const::None);
                self.nameop(name, ExprContext::Store, h.range)?;
                self.nameop(name, ExprContext::Del, h.range)?;
            }
            self.jump(Op::Jump, except);
            // The handler raised: unbind the name and collect the exception.
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &name {
                self.load_const(Const::None);
                self.nameop(name, ExprContext::Store, h.range)?;
                self.nameop(name, ExprContext::Del, h.range)?;
            }
            self.op_i(Opcode::LIST_APPEND, 3);
            self.op(Opcode::POP_TOP);
            self.jump(Op::Jump, except_with_error);
            self.use_next_block(except);
            // Holds the handler's location for the jump that follows.
            self.op(Opcode::NOP);
            self.jump(Op::Jump, except_with_error);
            self.use_next_block(no_match);
            self.op(Opcode::POP_TOP);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                // The unmatched rest (or None) joins the list.
                self.op_i(Opcode::LIST_APPEND, 1);
                self.jump(Op::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.um().fblocks.pop();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.op(Opcode::PREP_RERAISE_STAR);
        self.op_i(Opcode::COPY, 1);
        self.jump(Op::PopJumpIfNotNone, reraise);
        // Nothing to re-raise.
        self.op(Opcode::POP_TOP);
        self.emit(Op::PopBlock, 0, None);
        self.op(Opcode::POP_EXCEPT);
        self.jump(Op::Jump, end);
        self.use_next_block(reraise);
        self.emit(Op::PopBlock, 0, None);
        self.op_i(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.op_i(Opcode::RERAISE, 0);
        self.next_block();
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }
}
