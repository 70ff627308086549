//! Asynchronous loops and context managers: `async for`, `async with` and the `async for`
//! clauses of comprehensions (CPython 3.11's `compiler_async_for`, `compiler_async_with`,
//! `compiler_async_comprehension_generator`).
//!
//! Each `__anext__`/`__aenter__`/`__aexit__` result is awaited with the `SEND` loop of
//! [`Compiler::yield_from`]. The end of an async iteration is a `StopAsyncIteration` raised by
//! the awaited `__anext__`, so the awaiting code sits in a `SETUP_FINALLY` block whose handler
//! is `END_ASYNC_FOR`.

use bytecode::opcode::Opcode;
use ruff_python_ast::{Comprehension, Expr, StmtFor, StmtWith};
use ruff_text_size::Ranged;

use super::consts::Const;
use super::{CResult, Compiler, FBlock, ScopeType};
use crate::flowgraph::ir::Op;
use crate::symtable::ComprehensionKind;

impl<'a> Compiler<'a> {
    /// `GET_AWAITABLE where; LOAD_CONST None;` and the `SEND` loop.
    fn await_top(&mut self, where_: u32) {
        self.op_i(Opcode::GET_AWAITABLE, where_);
        self.load_const(Const::None);
        self.yield_from(true);
    }

    /// `compiler_async_for`.
    pub fn async_for(&mut self, f: &'a StmtFor) -> CResult {
        if self.u().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function", f.range()));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.op(Opcode::GET_AITER);
        self.use_next_block(start);
        self.um().fblocks.push(FBlock::ForLoop { start, exit: end });
        // The handler catches the StopAsyncIteration of `__anext__`.
        self.jump(Op::SetupFinally, except);
        self.op(Opcode::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from(true);
        self.emit(Op::PopBlock, 0, None);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.jump(Op::Jump, start);
        self.um().fblocks.pop();
        self.use_next_block(except);
        // END_ASYNC_FOR ends the loop statement, so it takes the iterator's location.
        self.set_loc(f.iter.range());
        self.op(Opcode::END_ASYNC_FOR);
        self.visit_stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `compiler_async_with` for item `pos` of `w`.
    pub fn async_with(&mut self, w: &'a StmtWith, pos: usize) -> CResult {
        if self.u().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async with' outside async function", w.range));
        }
        let item = &w.items[pos];
        let body = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BEFORE_ASYNC_WITH);
        self.await_top(1);
        self.jump(Op::SetupWith, final_);
        self.use_next_block(body);
        let loc = self.loc_of(self.compound_range(w.range));
        self.um().fblocks.push(FBlock::With {
            loc,
            is_async: true,
        });
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.visit_stmts(&w.body)?;
        } else {
            self.async_with(w, pos + 1)?;
        }
        self.um().fblocks.pop();
        self.emit(Op::PopBlock, 0, None);
        // Normal exit: `await __aexit__(None, None, None)`.
        self.set_loc(self.compound_range(w.range));
        self.call_exit_with_nones();
        self.await_top(2);
        self.op(Opcode::POP_TOP);
        self.jump(Op::Jump, exit);
        // Exceptional exit: `await __aexit__(*exc_info)`.
        self.use_next_block(final_);
        self.jump(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        self.await_top(2);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    /// `compiler_async_comprehension_generator`: generator `index` of a comprehension,
    /// an `async for` clause.
    pub(super) fn async_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Option<ComprehensionKind>,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &generators[index];
        if index == 0 {
            // The outermost iterator is the implicit argument `.0`.
            self.um().argcount = 1;
            self.op_i(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&gen.iter)?;
            self.op(Opcode::GET_AITER);
        }
        self.use_next_block(start);
        self.um().fblocks.push(FBlock::AsyncComprehensionGenerator);
        self.jump(Op::SetupFinally, except);
        self.op(Opcode::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from(true);
        self.emit(Op::PopBlock, 0, None);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        let depth = depth + 1;
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.jump(Op::Jump, start);
        self.um().fblocks.pop();
        self.use_next_block(except);
        self.op(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}
